import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import { useLocation, useSearch } from 'wouter';
import { isApiError } from '../../api/http';
import { loopsApi } from '../../api/loops';
import { identities, identityFromLink } from '../../session/tokens';
import { clearDraft, loadDraft, saveDraft } from './draftStore';
import { focusFirstInDocumentOrder } from './focus';
import type { LinksPageState } from './links/linksState';
import { toCreateLoopInput } from './toRequest';
import { serverIssues, toFieldErrors, validateDraft, type FieldError } from './validation';
import { wizardReducer, type WizardAction } from './wizardReducer';
import { LAST_STEP, STEPS, initialWizardState, type StepIndex, type WizardState } from './wizardState';

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
  /** When the draft on screen was saved, if it came back from an earlier visit. */
  restoredAt: number | null;
  /** Sets the draft aside and starts from the defaults; `bringBack` undoes it. */
  startOver: () => void;
  /** Present after `startOver`: brings the set-aside draft back. */
  bringBack: (() => void) | null;
}

const WIZARD_PATH = '/loops/new';

/** Each step has its own address (`?step=rounds`), so Back and Forward move between steps. */
function stepPath(step: StepIndex): string {
  return step === 0 ? WIZARD_PATH : `${WIZARD_PATH}?step=${STEPS[step].id}`;
}

function stepOfSearch(search: string): StepIndex {
  const id = new URLSearchParams(search).get('step');
  const index = STEPS.findIndex((step) => step.id === id);
  return (index === -1 ? 0 : index) as StepIndex;
}

/** The wizard's state machine: steps, validation on Next, and creating the loop. */
export function useLoopWizard(): LoopWizard {
  const search = useSearch();
  const urlStep = stepOfSearch(search);
  const [restored] = useState(loadDraft);
  const [state, dispatch] = useReducer(wizardReducer, undefined, () => {
    if (!restored) return initialWizardState();
    // A reload stays on its step; a step not reached yet falls back to the one last shown.
    const step = urlStep <= restored.state.furthestStep ? urlStep : restored.state.step;
    return { ...restored.state, step };
  });
  const [focusRequest, setFocusRequest] = useState<readonly string[] | null>(null);
  const [, navigate] = useLocation();
  const [setAside, setSetAside] = useState<WizardState | null>(null);
  // The state as the page opened (or was started over): not worth keeping until it changes.
  const untouched = useRef(state);

  useEffect(() => {
    if (state !== untouched.current) saveDraft(state);
  }, [state]);

  // The address follows the step, and Back or Forward (a new address) moves the step.
  const shownStep = state.step;
  const furthest = state.furthestStep;
  useEffect(() => {
    if (urlStep === shownStep) return;
    if (urlStep > furthest) {
      navigate(stepPath(shownStep), { replace: true });
      return;
    }
    dispatch({ type: 'go-to-step', step: urlStep });
    setFocusRequest([STEP_HEADING_ID]);
    // Only an address change moves the step here; the step's own changes push an address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlStep]);

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
      // The loop exists now: a kept draft would only make a second one by mistake.
      clearDraft();
      const linksState: LinksPageState = {
        links,
        roundTitles: state.rounds.map((round) => round.title.trim()),
        organizerIsCandidate: state.organizerIsCandidate,
      };
      navigate(`/loops/${loopId}/links`, { state: linksState });
    },
  });

  /** Shows `step` under its own address; the reducer moves first, so the address is never ahead of it. */
  function showStep(step: StepIndex) {
    if (step === state.step) return;
    dispatch({ type: 'go-to-step', step });
    navigate(stepPath(step));
  }

  function goTo(step: StepIndex) {
    showStep(step);
    setFocusRequest([STEP_HEADING_ID]);
  }

  function showErrors(step: StepIndex, stepErrors: readonly FieldError[]) {
    showStep(step);
    dispatch({ type: 'attempt-step', step });
    setFocusRequest(stepErrors.map((error) => error.id));
  }

  function replaceDraft(next: WizardState) {
    dispatch({ type: 'replace-draft', state: next });
    navigate(stepPath(next.step), { replace: true });
    setFocusRequest([STEP_HEADING_ID]);
  }

  function startOver() {
    const fresh = initialWizardState();
    setSetAside(state);
    untouched.current = fresh;
    clearDraft();
    replaceDraft(fresh);
  }

  function bringBack() {
    if (!setAside) return;
    setSetAside(null);
    replaceDraft(setAside);
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
        if (first.step !== state.step) navigate(stepPath(first.step));
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
    restoredAt: restored && !setAside ? restored.savedAt : null,
    startOver,
    bringBack: setAside ? bringBack : null,
  };
}

function messageOf(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Something went wrong while creating the loop. Please try again.';
}
