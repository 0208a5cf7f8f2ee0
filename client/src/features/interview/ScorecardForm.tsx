import { missingForSubmit, VOTE_LABELS, VOTES, type PatchOp } from '@mockloop/shared';
import { useRef, useState } from 'react';
import type { ScorecardState } from '../../scorecard/autosave';
import type { CommandOutcome } from '../../autosave/useAutosave';
import { LOCKED_LABEL } from './labels';
import { LpRatingField } from './LpRatingField';
import { TextField } from './TextField';

type ScorecardFormProps = {
  state: ScorecardState;
  onEdit: (op: PatchOp, debounce?: boolean) => void;
  onSubmit: () => Promise<CommandOutcome>;
};

/** The scorecard: a rating and evidence per assigned LP, strengths, concerns, the vote and the summary; then submit. */
export function ScorecardForm({ state, onEdit, onSubmit }: ScorecardFormProps) {
  const { draft, document: card, locked } = state;
  // Once Submit was tried, the list follows the draft live, so each fix ticks an item off.
  const [checked, setChecked] = useState(false);
  const missing = checked ? missingForSubmit(draft, card.assignedLps) : [];
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const setText = (field: 'strengths' | 'concerns' | 'summary') => (value: string) => onEdit({ op: 'setText', field, value }, true);

  const submit = async () => {
    setOutcome(null);
    setChecked(true);
    if (missingForSubmit(draft, card.assignedLps).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    const result = await onSubmit();
    setBusy(false);
    if (!result.ok) setOutcome(result.message);
  };

  return (
    <section className="card stack iv-scorecard" aria-labelledby="iv-scorecard-title">
      <div className="loop-section-head">
        <h2 id="iv-scorecard-title">Scorecard</h2>
        {locked ? <span className="loop-badge loop-badge--round-ended">{LOCKED_LABEL}</span> : null}
      </div>
      {locked ? (
        <p className="iv-locked" data-testid="scorecard-locked">
          {LOCKED_LABEL}. Your scorecard is in; it can no longer be changed.
        </p>
      ) : (
        <p className="text-muted">Rate each Leadership Principle you were given, or mark it not assessed and say why.</p>
      )}
      {card.assignedLps.map((lpId) => (
        <LpRatingField key={lpId} lpId={lpId} entry={draft.ratings[lpId]} locked={locked} onEdit={onEdit} />
      ))}
      <TextField id="scorecard-strengths" label="Strengths" value={draft.strengths} readOnly={locked} onChange={setText('strengths')} />
      <TextField id="scorecard-concerns" label="Concerns" value={draft.concerns} readOnly={locked} onChange={setText('concerns')} />
      <fieldset className="iv-vote" id="scorecard-vote">
        <legend className="iv-rating__name">Overall vote</legend>
        <div className="iv-radios">
          {VOTES.map((value) => (
            <label key={value} className="iv-radio">
              <input type="radio" name="scorecard-vote" value={value} checked={draft.vote === value} disabled={locked} onChange={() => onEdit({ op: 'setVote', value })} />
              <span>{VOTE_LABELS[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id="scorecard-summary"
        label="Summary for the debrief"
        hint="Two or three sentences the panel reads first: your vote and the evidence behind it."
        value={draft.summary}
        readOnly={locked}
        rows={4}
        onChange={setText('summary')}
      />
      {locked ? null : (
        <div className="stack stack--tight">
          {missing.length > 0 ? (
            <div className="iv-missing" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="iv-missing-title">
              <p id="iv-missing-title" className="iv-missing__title">
                {missing.length === 1 ? 'One thing before you submit' : `${missing.length} things before you submit`}
              </p>
              <ul>
                {missing.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {outcome ? (
            <p className="loop-inline-error" role="alert">
              {outcome}
            </p>
          ) : null}
          <p>
            <button type="button" className="button button--primary" aria-describedby="iv-submit-note" disabled={busy} onClick={() => void submit()}>
              {busy ? 'Submitting…' : 'Submit scorecard'}
            </button>
          </p>
          <p id="iv-submit-note" className="text-muted">
            Submitting locks the scorecard: nothing can be changed afterwards.
          </p>
        </div>
      )}
    </section>
  );
}
