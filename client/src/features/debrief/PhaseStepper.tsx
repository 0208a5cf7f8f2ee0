import type { DebriefPhase } from '@mockloop/shared/debrief/board';
import { PHASE_HINTS, STEPS, stepIndex } from './labels';

/** Read → Re-vote → Discuss → Decide → Publish, with the current step named in words too. */
export function PhaseStepper({ phase }: { phase: DebriefPhase }) {
  const current = stepIndex(phase);
  return (
    <nav aria-label="Debrief phases" className="stack stack--tight">
      <ol className="db-steps">
        {STEPS.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={step.key} className={`db-steps__step db-steps__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="db-steps__mark" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span>
                {step.label}
                <span className="visually-hidden">{state === 'done' ? ' (done)' : state === 'current' ? ' (now)' : ''}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="db-steps__hint" data-testid="phase-hint">
        {PHASE_HINTS[phase]}
      </p>
    </nav>
  );
}
