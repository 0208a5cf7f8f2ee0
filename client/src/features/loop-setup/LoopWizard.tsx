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
      <DraftNotice restoredAt={wizard.restoredAt} onStartOver={wizard.startOver} onBringBack={wizard.bringBack} />
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

/** Says a draft came back (and lets the organizer start afresh), or offers the set-aside draft back. */
function DraftNotice({ restoredAt, onStartOver, onBringBack }: { restoredAt: number | null; onStartOver: () => void; onBringBack: (() => void) | null }) {
  if (onBringBack) {
    return (
      <div className="wizard-draft" role="status">
        <p>You started a new draft.</p>
        <button type="button" className="button" onClick={onBringBack}>
          Bring back the previous draft
        </button>
      </div>
    );
  }
  if (restoredAt === null) return null;
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(restoredAt);
  return (
    <div className="wizard-draft" role="status">
      <p>Your draft from {when} is back: this browser keeps it until you create the loop.</p>
      <button type="button" className="button" onClick={onStartOver}>
        Start over
      </button>
    </div>
  );
}
