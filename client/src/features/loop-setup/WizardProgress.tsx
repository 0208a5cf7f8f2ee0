import { STEPS, type StepIndex } from './wizardState';

interface WizardProgressProps {
  step: StepIndex;
  furthestStep: StepIndex;
  onGoTo: (step: StepIndex) => void;
}

/** "Step 2 of 4" plus the list of steps; steps already reached can be revisited. */
export function WizardProgress({ step, furthestStep, onGoTo }: WizardProgressProps) {
  return (
    <nav className="wizard-progress" aria-label="Set-up steps">
      <p className="wizard-progress__count">
        Step {step + 1} of {STEPS.length}
      </p>
      <ol className="wizard-progress__list">
        {STEPS.map((item, index) => {
          const state = index === step ? 'current' : index < step ? 'done' : 'todo';
          const reachable = index !== step && index <= furthestStep;
          return (
            <li key={item.id} className={`wizard-progress__item wizard-progress__item--${state}`}>
              {reachable ? (
                <button type="button" className="wizard-progress__link" onClick={() => onGoTo(index as StepIndex)}>
                  <span className="wizard-progress__dot" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="wizard-progress__label">{item.title}</span>
                  {state === 'done' && <span className="visually-hidden"> (done)</span>}
                </button>
              ) : (
                <span className="wizard-progress__link" aria-current={state === 'current' ? 'step' : undefined}>
                  <span className="wizard-progress__dot" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="wizard-progress__label">{item.title}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
