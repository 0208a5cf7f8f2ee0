import { defaultPhases, type RoundPhase } from '@mockloop/shared/loop/setup';

// The templates live in shared: loops created from a peer group use the same rounds.
export { EXTRA_ROUND, ROUND_TEMPLATES, type RoundTemplate } from '@mockloop/shared/loop/round-templates';

export type PhaseDraft = { key: string; label: string; minutes: string };

/** The default phases for a duration, as editable text fields. */
export function defaultPhaseDrafts(durationMinutes: number): PhaseDraft[] {
  return defaultPhases(durationMinutes).map(toPhaseDraft);
}

function toPhaseDraft(phase: RoundPhase): PhaseDraft {
  return { key: phase.key, label: phase.label, minutes: String(phase.minutes) };
}
