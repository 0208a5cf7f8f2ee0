import type { ScorecardState } from '../../scorecard/autosave';
import { LOCKED_LABEL, saveLabel } from './labels';

/** The one place that says whether the notes are safe: Saving…, Saved, or Offline with what is waiting. */
export function SaveIndicator({ state }: { state: ScorecardState | null }) {
  const tone = !state ? 'saving' : state.locked ? 'locked' : state.status;
  const text = !state ? 'Opening your scorecard…' : state.locked ? LOCKED_LABEL : saveLabel(state.status, state.pending);
  return (
    <div className="iv-savebar">
      <p className={`iv-save iv-save--${tone}`} role="status" data-testid="save-status">
        <span className="iv-save__dot" aria-hidden="true" />
        {text}
      </p>
      {state?.problem ? (
        <p className="iv-save__problem" role="alert">
          {state.problem}
        </p>
      ) : null}
    </div>
  );
}
