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
 */
export const ROUND_TEMPLATES: Readonly<Record<TargetRole, readonly RoundTemplate[]>> = {
  'product-manager': [
    { title: 'Behavioral: customers and ownership', kind: 'behavioral' },
    { title: 'Product sense: working backwards', kind: 'product-sense' },
    { title: 'Behavioral: delivery and trade-offs', kind: 'behavioral' },
    { title: 'Writing exercise: press release', kind: 'writing' },
    { title: 'Bar Raiser', kind: 'behavioral', isBarRaiser: true },
  ],
  'product-manager-technical': [
    { title: 'Behavioral: customers and ownership', kind: 'behavioral' },
    { title: 'Product sense: working backwards', kind: 'product-sense' },
    { title: 'Technical: system design for PMs', kind: 'technical' },
    { title: 'Behavioral: delivery and trade-offs', kind: 'behavioral' },
    { title: 'Bar Raiser', kind: 'behavioral', isBarRaiser: true },
  ],
  'software-development-engineer': [
    { title: 'Behavioral: ownership and delivery', kind: 'behavioral' },
    { title: 'Technical: coding', kind: 'technical' },
    { title: 'Technical: system design', kind: 'technical' },
    { title: 'Behavioral: dive deep and standards', kind: 'behavioral' },
    { title: 'Bar Raiser', kind: 'behavioral', isBarRaiser: true },
  ],
  other: [
    { title: 'Behavioral: customers and ownership', kind: 'behavioral' },
    { title: 'Behavioral: delivery and results', kind: 'behavioral' },
    { title: 'Role-specific deep dive', kind: 'technical' },
    { title: 'Behavioral: trust and judgement', kind: 'behavioral' },
    { title: 'Bar Raiser', kind: 'behavioral', isBarRaiser: true },
  ],
};

/** The optional sixth round: one more behavioral interview. */
export const EXTRA_ROUND: RoundTemplate = { title: 'Behavioral: one more interview', kind: 'behavioral' };

export type PhaseDraft = { key: string; label: string; minutes: string };

/** The default phases for a duration, as editable text fields. */
export function defaultPhaseDrafts(durationMinutes: number): PhaseDraft[] {
  return defaultPhases(durationMinutes).map(toPhaseDraft);
}

function toPhaseDraft(phase: RoundPhase): PhaseDraft {
  return { key: phase.key, label: phase.label, minutes: String(phase.minutes) };
}
