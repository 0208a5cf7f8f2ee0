import type { RoundKind } from '../scale-values.js';
import type { TargetRole } from './target-role-labels.js';

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
