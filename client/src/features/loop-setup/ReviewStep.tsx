import { lpById } from '@mockloop/shared/lp/catalogue';
import { TARGET_ROLE_LABELS } from '@mockloop/shared/loop/target-role';
import { ROUND_KIND_LABELS } from '@mockloop/shared/scales';
import { useMemo } from 'react';
import { currentMatrix } from './matrix';
import { clockTime, longDate, schedulePreview } from './schedulePreview';
import type { WizardState } from './wizardState';

/** Step 4: the whole loop at a glance, with each round's start time, before it is created. */
export function ReviewStep({ state }: { state: WizardState }) {
  const schedule = useMemo(() => schedulePreview(state), [state]);
  const byRound = useMemo(() => currentMatrix(state), [state]);
  const first = schedule?.[0];
  const last = schedule?.at(-1);
  const organizer = state.organizerIsCandidate ? `${state.candidate.name} (the candidate)` : state.organizerName;

  return (
    <div className="stack">
      <dl className="summary">
        <div>
          <dt>Candidate</dt>
          <dd>{state.candidate.name}</dd>
        </div>
        <div>
          <dt>Target role</dt>
          <dd>{TARGET_ROLE_LABELS[state.targetRole]}</dd>
        </div>
        <div>
          <dt>Organizer</dt>
          <dd>{organizer}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            {first && last
              ? `${longDate(first.startsAt, state.timeZone)}, ${clockTime(first.startsAt, state.timeZone)}–${clockTime(last.endsAt, state.timeZone)}`
              : 'Not a valid date and time'}{' '}
            <span className="text-muted">({state.timeZone.replaceAll('_', ' ')})</span>
          </dd>
        </div>
        {state.meetingUrl.trim() && (
          <div>
            <dt>Meeting link</dt>
            <dd className="summary__url">{state.meetingUrl.trim()}</dd>
          </div>
        )}
      </dl>

      <h3>Schedule</h3>
      <ol className="review-rounds">
        {state.rounds.map((round, index) => {
          const slot = schedule?.find((s) => s.key === round.key);
          const hidden = state.organizerIsCandidate;
          const isBarRaiser = !hidden && round.key === state.barRaiserKey;
          const lps = byRound[round.key] ?? [];
          return (
            <li key={round.key} className={`card review-round${isBarRaiser ? ' round-card--bar-raiser' : ''}`}>
              <p className="review-round__time">
                {slot ? `${clockTime(slot.startsAt, state.timeZone)}–${clockTime(slot.endsAt, state.timeZone)}` : ''}
                <span className="text-muted"> · Round {index + 1}</span>
              </p>
              <h4 className="review-round__title">{round.title}</h4>
              <p>
                {ROUND_KIND_LABELS[round.kind]} with <strong>{round.interviewer.name}</strong>
                {isBarRaiser && <span className="badge badge--bar-raiser">Bar Raiser</span>}
              </p>
              <p className="text-muted">
                {round.phases.map((phase) => `${phase.label} ${phase.minutes}`).join(' · ')} min
                {Number(round.breakAfterMinutes) > 0 ? `, then a ${round.breakAfterMinutes}-minute break` : ''}
              </p>
              {hidden ? null : <p>LPs: {lps.map((lp) => lpById(lp).name).join(', ') || 'none'}</p>}
              {round.shadows.length > 0 && <p>Shadows: {round.shadows.map((shadow) => shadow.name).join(', ')}</p>}
            </li>
          );
        })}
      </ol>
      {state.organizerIsCandidate ? (
        <p className="wizard-note">
          You are the candidate: MockLoop picks the Bar Raiser and assigns each round’s Leadership Principles when the loop
          is created, and keeps both from you.
        </p>
      ) : null}
      <p className="text-muted">
        Creating the loop gives you one private link per person. You will see the links once, on the next page.
      </p>
    </div>
  );
}
