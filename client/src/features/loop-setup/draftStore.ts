/**
 * The wizard's draft, kept in this browser so a reload, a closed tab or a wrong Back press
 * loses nothing. One draft per browser (localStorage); creating the loop clears it. A draft
 * that does not look like one this version wrote is ignored, never half used.
 */
import { LAST_STEP, initialWizardState, type StepIndex, type WizardState } from './wizardState';

const KEY = 'mockloop:loop-draft';
const VERSION = 1;

export interface SavedDraft {
  state: WizardState;
  savedAt: number;
}

export function loadDraft(): SavedDraft | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as { version?: unknown; savedAt?: unknown; state?: unknown };
    if (saved.version !== VERSION || typeof saved.savedAt !== 'number' || !looksLikeDraft(saved.state)) return null;
    // Errors are about a draft as last checked: they come back when the organizer presses Next.
    return { state: { ...initialWizardState(), ...saved.state, attempted: [], serverErrors: [] }, savedAt: saved.savedAt };
  } catch {
    return null;
  }
}

export function saveDraft(state: WizardState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ version: VERSION, savedAt: Date.now(), state: { ...state, serverErrors: [] } }));
  } catch {
    // Storage full or refused (private mode): the wizard works on, only without the safety net.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

const isStep = (value: unknown): value is StepIndex => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= LAST_STEP;
const isText = (value: unknown) => typeof value === 'string';
const isPerson = (value: unknown) => typeof value === 'object' && value !== null && isText((value as { name?: unknown }).name) && isText((value as { email?: unknown }).email);

/** The fields the wizard's screens read without a second look; the rest fall back to defaults. */
function looksLikeDraft(value: unknown): value is Partial<WizardState> {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  const rounds = draft.rounds;
  return (
    isStep(draft.step) &&
    isStep(draft.furthestStep) &&
    isPerson(draft.candidate) &&
    Array.isArray(rounds) &&
    rounds.every(
      (round: Record<string, unknown>) =>
        typeof round === 'object' &&
        round !== null &&
        isText(round.key) &&
        isText(round.title) &&
        isText(round.kind) &&
        isPerson(round.interviewer) &&
        isText(round.durationMinutes) &&
        isText(round.breakAfterMinutes) &&
        Array.isArray(round.phases) &&
        Array.isArray(round.shadows),
    ) &&
    Array.isArray(draft.focusLps) &&
    (draft.matrix === null || typeof draft.matrix === 'object') &&
    typeof draft.perInterviewer === 'object' &&
    draft.perInterviewer !== null &&
    Number.isInteger(draft.nextKey)
  );
}
