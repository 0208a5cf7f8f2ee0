import { DEFAULT_PER_INTERVIEWER, type PerInterviewer } from '@mockloop/shared/lp/assignment-schema';
import type { LpId } from '@mockloop/shared/lp/catalogue';
import { defaultFocusLps } from '@mockloop/shared/lp/focus-presets';
import { BREAK_AFTER, ROUND_DURATION } from '@mockloop/shared/loop/setup';
import type { TargetRole } from '@mockloop/shared/loop/target-role';
import type { RoundKind } from '@mockloop/shared/scales';
import { ROUND_TEMPLATES, defaultPhaseDrafts, type PhaseDraft, type RoundTemplate } from './roundTemplates';
import type { FieldError } from './validation';
import { browserTimeZone, tomorrowLocalDate } from './timeZones';

/**
 * The wizard's draft of a loop. Numbers typed by the organizer stay text until the request
 * is built, so a field being cleared mid-edit is a draft state, not a silently applied default.
 */

export const STEPS = [
  { id: 'loop', title: 'Candidate & loop' },
  { id: 'rounds', title: 'Rounds' },
  { id: 'lps', title: 'Leadership Principles' },
  { id: 'review', title: 'Review & create' },
] as const;
export type StepIndex = 0 | 1 | 2 | 3;
export const LAST_STEP: StepIndex = 3;

export type PersonDraft = { name: string; email: string };
export type ShadowDraft = PersonDraft & { key: string };

export interface RoundDraft {
  /** Stable across edits, reorders and removals: the matrix and React keys use it. */
  key: string;
  title: string;
  kind: RoundKind;
  interviewer: PersonDraft;
  durationMinutes: string;
  breakAfterMinutes: string;
  phases: PhaseDraft[];
  /** Once the organizer touches a phase, a new duration no longer rewrites the phases. */
  phasesEdited: boolean;
  shadows: ShadowDraft[];
}

export interface WizardState {
  step: StepIndex;
  /** The furthest step reached, so the progress list can jump back to any step already seen. */
  furthestStep: StepIndex;
  /** Steps where Next was pressed: their fields are re-validated as the organizer types. */
  attempted: readonly StepIndex[];
  candidate: PersonDraft;
  organizerName: string;
  organizerIsCandidate: boolean;
  targetRole: TargetRole;
  date: string;
  time: string;
  timeZone: string;
  meetingUrl: string;
  rounds: RoundDraft[];
  /** Until the organizer edits a round, changing the target role swaps in that role's rounds. */
  roundsEdited: boolean;
  barRaiserKey: string | null;
  focusLps: LpId[];
  /** Until the organizer picks LPs, changing the target role swaps in that role's preset. */
  focusEdited: boolean;
  perInterviewer: PerInterviewer;
  /** LPs per round key after a hand edit; null while the automatic assignment stands. */
  matrix: Record<string, LpId[]> | null;
  /** Field errors from the server's last 400; cleared by the next edit. */
  serverErrors: readonly FieldError[];
  nextKey: number;
}

export function roundFromTemplate(template: RoundTemplate, key: string): RoundDraft {
  return {
    key,
    title: template.title,
    kind: template.kind,
    interviewer: { name: '', email: '' },
    durationMinutes: String(ROUND_DURATION.default),
    breakAfterMinutes: String(BREAK_AFTER.default),
    phases: defaultPhaseDrafts(ROUND_DURATION.default),
    phasesEdited: false,
    shadows: [],
  };
}

/** Rounds for a target role, keyed from `firstKey` on. */
export function roundsForRole(role: TargetRole, firstKey: number): { rounds: RoundDraft[]; barRaiserKey: string | null } {
  const templates = ROUND_TEMPLATES[role];
  const rounds = templates.map((template, index) => roundFromTemplate(template, `round-${firstKey + index}`));
  const barRaiserIndex = templates.findIndex((template) => template.isBarRaiser);
  return { rounds, barRaiserKey: rounds[barRaiserIndex]?.key ?? null };
}

export function initialWizardState(): WizardState {
  const targetRole: TargetRole = 'product-manager';
  const { rounds, barRaiserKey } = roundsForRole(targetRole, 1);
  return {
    step: 0,
    furthestStep: 0,
    attempted: [],
    candidate: { name: '', email: '' },
    organizerName: '',
    organizerIsCandidate: false,
    targetRole,
    date: tomorrowLocalDate(),
    time: '18:00',
    timeZone: browserTimeZone(),
    meetingUrl: '',
    rounds,
    roundsEdited: false,
    barRaiserKey,
    focusLps: defaultFocusLps(targetRole),
    focusEdited: false,
    perInterviewer: { ...DEFAULT_PER_INTERVIEWER },
    matrix: null,
    serverErrors: [],
    nextKey: rounds.length + 1,
  };
}
