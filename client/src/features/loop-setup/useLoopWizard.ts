import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useState, type Dispatch } from 'react';
import { useLocation } from 'wouter';
import { isApiError } from '../../api/http';
import { loopsApi } from '../../api/loops';
import { identities, identityFromLink } from '../../session/tokens';
import { focusFirstInDocumentOrder } from './focus';
import type { LinksPageState } from './links/linksState';
import { toCreateLoopInput } from './toRequest';
import { serverIssues, toFieldErrors, validateDraft, type FieldError } from './validation';
import { wizardReducer, type WizardAction } from './wizardReducer';
import { LAST_STEP, initialWizardState, type StepIndex, type WizardState } from './wizardState';

export const STEP_HEADING_ID = 'wizard-step-heading';

interface LoopWizard {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  /** Errors shown on the current step, by field id. */
  errors: Record<string, string>;
  /** The same errors in form order, for the summary at the top of the step. */
  errorList: readonly FieldError[];
  next: () => void;
  back: () => void;
  goTo: (step: StepIndex) => void;
  focusField: (id: string) => void;
  creating: boolean;
  /** A failure that is not about one field (server down, rate limit). */
  createError: string | null;
}

/** The wizard's state machine: steps, validation on Next, and creating the loop. */
export function useLoopWizard(): LoopWizard {
  const [state, dispatch] = useReducer(wizardReducer, undefined, initialWizardState);
  const [focusRequest, setFocusRequest] = useState<readonly string[] | null>(null);
  const [, navigate] = useLocation();

  // Focus moves after React has rendered the step or the error messages it points at.
  useEffect(() => {
    if (!focusRequest) return;
    focusFirstInDocumentOrder(focusRequest);
    setFocusRequest(null);
  }, [focusRequest]);

  const draftErrors = useMemo(() => validateDraft(state), [state]);
  const errorList = useMemo(() => {
    const shown = state.attempted.includes(state.step) ? draftErrors.filter((error) => error.step === state.step) : [];
    const ids = new Set(shown.map((error) => error.id));
    const fromServer = state.serverErrors.filter((error) => error.step === state.step && !ids.has(error.id));
    return [...shown, ...fromServer];
  }, [draftErrors, state.attempted, state.serverErrors, state.step]);
  const errors = useMemo(() => Object.fromEntries(errorList.map((error) => [error.id, error.message])), [errorList]);

  const create = useMutation({
    mutationFn: loopsApi.create,
    onSuccess: ({ loopId, links }) => {
      const organizer = links.find((link) => link.role === 'organizer');
      const candidateName = links.find((link) => link.role === 'candidate')?.name ?? null;
      if (organizer) identities().remember(identityFromLink(loopId, organizer, candidateName), true);
      const linksState: LinksPageState = { links, roundTitles: state.rounds.map((round) => round.title.trim()) };
      navigate(`/loops/${loopId}/links`, { state: linksState });
    },
  });

  function goTo(step: StepIndex) {
    dispatch({ type: 'go-to-step', step });
    setFocusRequest([STEP_HEADING_ID]);
  }

  function showErrors(step: StepIndex, stepErrors: readonly FieldError[]) {
    if (step !== state.step) dispatch({ type: 'go-to-step', step });
    dispatch({ type: 'attempt-step', step });
    setFocusRequest(stepErrors.map((error) => error.id));
  }

  function submit() {
    const firstBad = draftErrors[0];
    if (firstBad) {
      showErrors(firstBad.step, draftErrors.filter((error) => error.step === firstBad.step));
      return;
    }
    create.mutate(toCreateLoopInput(state), {
      onError: (error) => {
        if (!isApiError(error) || error.status !== 400) return;
        const fieldErrors = toFieldErrors(state, serverIssues(error.details));
        const first = fieldErrors[0];
        if (!first) return;
        dispatch({ type: 'set-server-errors', errors: fieldErrors, step: first.step });
        setFocusRequest(fieldErrors.filter((e) => e.step === first.step).map((e) => e.id));
      },
    });
  }

  function next() {
    if (state.step === LAST_STEP) return submit();
    const stepErrors = draftErrors.filter((error) => error.step === state.step);
    if (stepErrors.length > 0) return showErrors(state.step, stepErrors);
    goTo((state.step + 1) as StepIndex);
  }

  function back() {
    if (state.step > 0) goTo((state.step - 1) as StepIndex);
  }

  const fieldErrorsOnServer = create.isError && isApiError(create.error) && create.error.status === 400 && state.serverErrors.length > 0;
  const createError = create.isError && !fieldErrorsOnServer ? messageOf(create.error) : null;

  return {
    state,
    dispatch,
    errors,
    errorList,
    next,
    back,
    goTo,
    focusField: (id) => setFocusRequest([id]),
    creating: create.isPending,
    createError,
  };
}

function messageOf(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Something went wrong while creating the loop. Please try again.';
}
