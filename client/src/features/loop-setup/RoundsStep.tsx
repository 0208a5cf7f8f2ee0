import { ROUND_COUNT } from '@mockloop/shared/loop/setup';
import type { StepProps } from './CandidateStep';
import { RoundEditor } from './RoundEditor';

/** Step 2: the rounds, their interviewers and timings, and who is the Bar Raiser. */
export function RoundsStep({ state, dispatch, errors }: StepProps) {
  const canRemove = state.rounds.length > ROUND_COUNT.min;
  return (
    <div className="stack">
      <p className="text-muted">
        A loop has {ROUND_COUNT.min} or {ROUND_COUNT.max} rounds.{' '}
        {state.organizerIsCandidate
          ? 'One interviewer will be the Bar Raiser: MockLoop picks them when the loop is created and does not tell you who.'
          : 'Exactly one interviewer is the Bar Raiser: they guard the hiring bar and run the debrief.'}
      </p>
      <ol className="round-list">
        {state.rounds.map((round, index) => (
          <li key={round.key}>
            <RoundEditor
              round={round}
              index={index}
              isBarRaiser={!state.organizerIsCandidate && round.key === state.barRaiserKey}
              choosesBarRaiser={!state.organizerIsCandidate}
              canRemove={canRemove}
              dispatch={dispatch}
              errors={errors}
            />
          </li>
        ))}
      </ol>
      {state.rounds.length < ROUND_COUNT.max && (
        <p>
          <button type="button" className="button" onClick={() => dispatch({ type: 'add-round' })}>
            Add a sixth round
          </button>
        </p>
      )}
    </div>
  );
}
