import type { TargetRole } from '../loop/target-role.js';
import { LP_IDS, type LpId } from './catalogue.js';

/**
 * Default focus LPs per target role: the organizer's starting point, which they may change
 * to any subset of the 16. A real Loop has 5-6 interviewers with 2-3 LPs each, so a preset
 * of 10-14 fits the usual capacity and leaves room for pins.
 *
 * Left out of the role presets: Hire and Develop the Best, Strive to be Earth's Best
 * Employer and Success and Scale Bring Broad Responsibility, which interviewers mostly
 * probe for people managers and senior leaders rather than individual contributors.
 */
export const FOCUS_PRESETS: Readonly<Record<TargetRole, readonly LpId[]>> = {
  // PMs are judged on who the product is for, where it should go and how they lead
  // without authority, so vision (Think Big) and trade-offs (Frugality) stay in.
  'product-manager': [
    'customer-obsession',
    'ownership',
    'invent-and-simplify',
    'are-right-a-lot',
    'learn-and-be-curious',
    'insist-on-the-highest-standards',
    'think-big',
    'bias-for-action',
    'frugality',
    'earn-trust',
    'dive-deep',
    'have-backbone-disagree-and-commit',
    'deliver-results',
  ],
  // PM-Ts get the PM core but the technical round takes a slot, so Frugality makes way;
  // Dive Deep and Invent and Simplify carry the technical-judgement stories.
  'product-manager-technical': [
    'customer-obsession',
    'ownership',
    'invent-and-simplify',
    'are-right-a-lot',
    'learn-and-be-curious',
    'insist-on-the-highest-standards',
    'think-big',
    'bias-for-action',
    'earn-trust',
    'dive-deep',
    'have-backbone-disagree-and-commit',
    'deliver-results',
  ],
  // Engineers are asked about owning systems end to end, debugging, quality and shipping;
  // Think Big is usually a senior-level bar, so it is left for the organizer to add.
  'software-development-engineer': [
    'customer-obsession',
    'ownership',
    'invent-and-simplify',
    'are-right-a-lot',
    'learn-and-be-curious',
    'insist-on-the-highest-standards',
    'bias-for-action',
    'frugality',
    'earn-trust',
    'dive-deep',
    'have-backbone-disagree-and-commit',
    'deliver-results',
  ],
  // With no role model to lean on, every principle is in play.
  other: LP_IDS,
};

/** The focus LPs the wizard pre-selects for a target role (a fresh, mutable copy). */
export function defaultFocusLps(role: TargetRole): LpId[] {
  return [...FOCUS_PRESETS[role]];
}
