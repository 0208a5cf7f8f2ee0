import type { FormEvent } from 'react';
import { CandidateStep } from './CandidateStep';
import { ErrorSummary } from './ErrorSummary';
import { LpStep } from './LpStep';
import { ReviewStep } from './ReviewStep';
import { RoundsStep } from './RoundsStep';
import { STEP_HEADING_ID, useLoopWizard } from './useLoopWizard';
import { WizardProgress } from './WizardProgress';
import { LAST_STEP, STEPS } from './wizardState';
import './loop-setup.css';

/** The four-step set-up form. Enter in a field means Next, as in any form. */
export function LoopWizard() {
  const wizard = useLoopWizard();
  const { state, dispatch, errors } = wizard;
  const step = STEPS[state.step];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    wizard.next();
  }

  return (
    <div className="wizard stack">
      <WizardProgress step={state.step} furthestStep={state.furthestStep} onGoTo={wizard.goTo} />
      <form className="wizard__form stack" noValidate onSubmit={onSubmit} aria-labelledby={STEP_HEADING_ID}>
        <h2 id={STEP_HEADING_ID} tabIndex={-1}>
          {step.title}
        </h2>
        <ErrorSummary errors={wizard.errorList} onFocusField={wizard.focusField} />
        {state.step === 0 && <CandidateStep state={state} dispatch={dispatch} errors={errors} />}
        {state.step === 1 && <RoundsStep state={state} dispatch={dispatch} errors={errors} />}
        {state.step === 2 && <LpStep state={state} dispatch={dispatch} errors={errors} />}
        {state.step === 3 && <ReviewStep state={state} />}
        {wizard.createError && (
          <p className="alert alert--danger" role="alert">
            {wizard.createError}
          </p>
        )}
        <div className="wizard__nav">
          {state.step > 0 && (
            <button type="button" className="button" onClick={wizard.back}>
              Back
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={wizard.creating}>
            {state.step < LAST_STEP ? 'Next' : wizard.creating ? 'Creating the loop…' : 'Create loop'}
          </button>
        </div>
      </form>
    </div>
  );
}
