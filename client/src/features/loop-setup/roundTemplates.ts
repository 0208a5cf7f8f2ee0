import { defaultPhases, type RoundPhase } from '@mockloop/shared/loop/setup';
import type { TargetRole } from '@mockloop/shared/loop/target-role';
import type { RoundKind } from '@mockloop/shared/scales';

export interface RoundTemplate {
  title: string;
  kind: RoundKind;
  isBarRaiser?: boolean;
}

/**
 * The five rounds the wizard suggests per target role, modelled on a real Loop: mostly
 * behavioral, one or two role-specific rounds, and a behavioral Bar Raiser round last.
 * Titles stay neutral because the candidate sees them: they name neither the LPs nor the
 * Bar Raiser.
 */
export const ROUND_TEMPLATES: Readonly<Record<TargetRole, readonly RoundTemplate[]>> = {
  'product-manager': [
    { title: 'Behavioral interview 1', kind: 'behavioral' },
    { title: 'Product sense', kind: 'product-sense' },
    { title: 'Behavioral interview 2', kind: 'behavioral' },
    { title: 'Writing exercise', kind: 'writing' },
    { title: 'Behavioral interview 3', kind: 'behavioral', isBarRaiser: true },
  ],
  'product-manager-technical': [
    { title: 'Behavioral interview 1', kind: 'behavioral' },
    { title: 'Product sense', kind: 'product-sense' },
    { title: 'System design', kind: 'technical' },
    { title: 'Behavioral interview 2', kind: 'behavioral' },
    { title: 'Behavioral interview 3', kind: 'behavioral', isBarRaiser: true },
  ],
  'software-development-engineer': [
    { title: 'Behavioral interview 1', kind: 'behavioral' },
    { title: 'Coding', kind: 'technical' },
    { title: 'System design', kind: 'technical' },
    { title: 'Behavioral interview 2', kind: 'behavioral' },
    { title: 'Behavioral interview 3', kind: 'behavioral', isBarRaiser: true },
  ],
  other: [
    { title: 'Behavioral interview 1', kind: 'behavioral' },
    { title: 'Behavioral interview 2', kind: 'behavioral' },
    { title: 'Role-specific deep dive', kind: 'technical' },
    { title: 'Behavioral interview 3', kind: 'behavioral' },
    { title: 'Behavioral interview 4', kind: 'behavioral', isBarRaiser: true },
  ],
};

/** The optional sixth round: one more behavioral interview. */
export const EXTRA_ROUND: RoundTemplate = { title: 'Behavioral interview (extra)', kind: 'behavioral' };

export type PhaseDraft = { key: string; label: string; minutes: string };

/** The default phases for a duration, as editable text fields. */
export function defaultPhaseDrafts(durationMinutes: number): PhaseDraft[] {
  return defaultPhases(durationMinutes).map(toPhaseDraft);
}

function toPhaseDraft(phase: RoundPhase): PhaseDraft {
  return { key: phase.key, label: phase.label, minutes: String(phase.minutes) };
}
