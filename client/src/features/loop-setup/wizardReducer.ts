import type { PerInterviewer } from '@mockloop/shared/lp/assignment-schema';
import { inCatalogueOrder, type LpId } from '@mockloop/shared/lp/catalogue';
import { defaultFocusLps } from '@mockloop/shared/lp/focus-presets';
import { ROUND_COUNT } from '@mockloop/shared/loop/setup';
import type { TargetRole } from '@mockloop/shared/loop/target-role';
import type { RoundKind } from '@mockloop/shared/scales';
import { currentMatrix, toggleCell } from './matrix';
import type { FieldError } from './validation';
import { EXTRA_ROUND, defaultPhaseDrafts, type PhaseDraft } from './roundTemplates';
import {
  roundFromTemplate,
  roundsForRole,
  type PersonDraft,
  type RoundDraft,
  type StepIndex,
  type WizardState,
} from './wizardState';

export type LoopField = 'organizerName' | 'date' | 'time' | 'timeZone' | 'meetingUrl';
export type RoundField = 'title' | 'breakAfterMinutes';

export type WizardAction =
  | { type: 'go-to-step'; step: StepIndex }
  | { type: 'attempt-step'; step: StepIndex }
  | { type: 'set-loop-field'; field: LoopField; value: string }
  | { type: 'set-candidate'; field: keyof PersonDraft; value: string }
  | { type: 'set-organizer-is-candidate'; value: boolean }
  | { type: 'set-target-role'; role: TargetRole }
  | { type: 'set-round-field'; roundKey: string; field: RoundField; value: string }
  | { type: 'set-round-kind'; roundKey: string; kind: RoundKind }
  | { type: 'set-interviewer'; roundKey: string; field: keyof PersonDraft; value: string }
  | { type: 'set-duration'; roundKey: string; value: string }
  | { type: 'set-phase'; roundKey: string; phaseKey: string; field: 'label' | 'minutes'; value: string }
  | { type: 'add-phase'; roundKey: string }
  | { type: 'remove-phase'; roundKey: string; phaseKey: string }
  | { type: 'reset-phases'; roundKey: string }
  | { type: 'add-round' }
  | { type: 'remove-round'; roundKey: string }
  | { type: 'set-bar-raiser'; roundKey: string }
  | { type: 'add-shadow'; roundKey: string }
  | { type: 'set-shadow'; roundKey: string; shadowKey: string; field: keyof PersonDraft; value: string }
  | { type: 'remove-shadow'; roundKey: string; shadowKey: string }
  | { type: 'toggle-focus-lp'; lp: LpId }
  | { type: 'reset-focus-lps' }
  | { type: 'set-per-interviewer'; limits: PerInterviewer }
  | { type: 'toggle-cell'; roundKey: string; lp: LpId }
  | { type: 'rerun-assignment' }
  | { type: 'set-server-errors'; errors: readonly FieldError[]; step: StepIndex }
  /** A whole draft at once: starting over, or bringing back the draft just set aside. */
  | { type: 'replace-draft'; state: WizardState };

/** Every edit goes through here; components only describe what the organizer did. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const next = apply(state, action);
  // A server error describes the draft the server saw; any edit makes it stale.
  if (next !== state && action.type !== 'set-server-errors' && action.type !== 'go-to-step' && next.serverErrors.length > 0) {
    return { ...next, serverErrors: [] };
  }
  return next;
}

function apply(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'replace-draft':
      return action.state;
    case 'go-to-step':
      return { ...state, step: action.step, furthestStep: Math.max(state.furthestStep, action.step) as StepIndex };
    case 'attempt-step':
      return state.attempted.includes(action.step) ? state : { ...state, attempted: [...state.attempted, action.step] };
    case 'set-loop-field':
      return { ...state, [action.field]: action.value };
    case 'set-candidate':
      return { ...state, candidate: { ...state.candidate, [action.field]: action.value } };
    case 'set-organizer-is-candidate':
      return { ...state, organizerIsCandidate: action.value };
    case 'set-target-role':
      return setTargetRole(state, action.role);
    case 'set-round-field':
      return editRound(state, action.roundKey, (round) => ({ ...round, [action.field]: action.value }));
    case 'set-round-kind':
      return editRound(state, action.roundKey, (round) => ({ ...round, kind: action.kind }));
    case 'set-interviewer':
      return editRound(state, action.roundKey, (round) => ({ ...round, interviewer: { ...round.interviewer, [action.field]: action.value } }), false);
    case 'set-duration':
      return editRound(state, action.roundKey, (round) => setDuration(round, action.value));
    case 'set-phase':
      return editPhases(state, action.roundKey, (phases) =>
        phases.map((phase) => (phase.key === action.phaseKey ? { ...phase, [action.field]: action.value } : phase)),
      );
    case 'add-phase':
      return editPhases(state, action.roundKey, (phases) => [...phases, { key: `phase-${state.nextKey}`, label: 'Extra time', minutes: '0' }], 1);
    case 'remove-phase':
      return editPhases(state, action.roundKey, (phases) => (phases.length > 1 ? phases.filter((p) => p.key !== action.phaseKey) : phases));
    case 'reset-phases':
      return editRound(state, action.roundKey, (round) => ({
        ...round,
        phases: defaultPhaseDrafts(wholeMinutes(round.durationMinutes) ?? 60),
        phasesEdited: false,
      }));
    case 'add-round':
      return addRound(state);
    case 'remove-round':
      return removeRound(state, action.roundKey);
    case 'set-bar-raiser':
      return { ...state, barRaiserKey: action.roundKey, roundsEdited: true };
    case 'add-shadow':
      return {
        ...editRound(state, action.roundKey, (round) =>
          round.shadows.length >= 3 ? round : { ...round, shadows: [...round.shadows, { key: `shadow-${state.nextKey}`, name: '', email: '' }] },
        ),
        nextKey: state.nextKey + 1,
      };
    case 'set-shadow':
      return editRound(state, action.roundKey, (round) => ({
        ...round,
        shadows: round.shadows.map((s) => (s.key === action.shadowKey ? { ...s, [action.field]: action.value } : s)),
      }));
    case 'remove-shadow':
      return editRound(state, action.roundKey, (round) => ({ ...round, shadows: round.shadows.filter((s) => s.key !== action.shadowKey) }));
    case 'toggle-focus-lp': {
      const has = state.focusLps.includes(action.lp);
      const focusLps = has ? state.focusLps.filter((lp) => lp !== action.lp) : inCatalogueOrder([...state.focusLps, action.lp]);
      return { ...state, focusLps, focusEdited: true };
    }
    case 'reset-focus-lps':
      return { ...state, focusLps: defaultFocusLps(state.targetRole), focusEdited: false };
    case 'set-per-interviewer':
      return { ...state, perInterviewer: action.limits };
    case 'toggle-cell':
      return { ...state, matrix: toggleCell(currentMatrix(state), action.roundKey, action.lp) };
    case 'rerun-assignment':
      return { ...state, matrix: null };
    case 'set-server-errors':
      return {
        ...state,
        serverErrors: action.errors,
        step: action.step,
        attempted: state.attempted.includes(action.step) ? state.attempted : [...state.attempted, action.step],
      };
  }
}

function setTargetRole(state: WizardState, role: TargetRole): WizardState {
  let next: WizardState = { ...state, targetRole: role };
  if (!state.roundsEdited) {
    const { rounds, barRaiserKey } = roundsForRole(role, state.nextKey);
    // Keep any names already typed: only the suggested titles and kinds follow the role.
    const withNames = rounds.map((round, index) => ({ ...round, interviewer: state.rounds[index]?.interviewer ?? round.interviewer }));
    next = { ...next, rounds: withNames, barRaiserKey, matrix: null, nextKey: state.nextKey + rounds.length };
  }
  if (!state.focusEdited) next = { ...next, focusLps: defaultFocusLps(role) };
  return next;
}

function setDuration(round: RoundDraft, value: string): RoundDraft {
  const minutes = wholeMinutes(value);
  const phases = !round.phasesEdited && minutes !== null && minutes >= 15 ? defaultPhaseDrafts(minutes) : round.phases;
  return { ...round, durationMinutes: value, phases };
}

function addRound(state: WizardState): WizardState {
  if (state.rounds.length >= ROUND_COUNT.max) return state;
  const round = roundFromTemplate(EXTRA_ROUND, `round-${state.nextKey}`);
  const matrix = state.matrix ? { ...state.matrix, [round.key]: [] } : null;
  return { ...state, rounds: [...state.rounds, round], matrix, roundsEdited: true, nextKey: state.nextKey + 1 };
}

function removeRound(state: WizardState, roundKey: string): WizardState {
  if (state.rounds.length <= ROUND_COUNT.min) return state;
  const rounds = state.rounds.filter((round) => round.key !== roundKey);
  const matrix = state.matrix ? Object.fromEntries(Object.entries(state.matrix).filter(([key]) => key !== roundKey)) : null;
  const barRaiserKey = state.barRaiserKey === roundKey ? null : state.barRaiserKey;
  return { ...state, rounds, matrix, barRaiserKey, roundsEdited: true };
}

/** `shapesRounds` is false for people's names, which survive a change of target role anyway. */
function editRound(state: WizardState, roundKey: string, edit: (round: RoundDraft) => RoundDraft, shapesRounds = true): WizardState {
  return { ...state, roundsEdited: state.roundsEdited || shapesRounds, rounds: state.rounds.map((round) => (round.key === roundKey ? edit(round) : round)) };
}

function editPhases(state: WizardState, roundKey: string, edit: (phases: PhaseDraft[]) => PhaseDraft[], keysUsed = 0): WizardState {
  const next = editRound(state, roundKey, (round) => ({ ...round, phases: edit(round.phases), phasesEdited: true }));
  return { ...next, nextKey: state.nextKey + keysUsed };
}

/** The whole number a field holds, or null while it is empty or not a whole number. */
export function wholeMinutes(value: string): number | null {
  return /^\s*\d+\s*$/.test(value) ? Number(value) : null;
}
