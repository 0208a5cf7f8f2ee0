// The LP ids and their names, without coaching text or zod: most screens show an LP by its
// name only (the debrief, the bank, the scorecard's ratings), so they import this module and
// not the whole catalogue (principles.ts), which composes its entries from it.

/**
 * The 16 Leadership Principles a Loop is built around.
 *
 * Ids are stable slugs: they are stored in the database, sent over sockets and used as
 * keys in scorecards, so never rename one. Names are Amazon's official titles.
 */

/** Every LP id, in Amazon's published order (the order the wizard and reports list them). */
export const LP_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;

export type LpId = (typeof LP_IDS)[number];

/** Amazon's official title of each LP. */
export const LP_NAMES: Readonly<Record<LpId, string>> = {
  'customer-obsession': 'Customer Obsession',
  ownership: 'Ownership',
  'invent-and-simplify': 'Invent and Simplify',
  'are-right-a-lot': 'Are Right, A Lot',
  'learn-and-be-curious': 'Learn and Be Curious',
  'hire-and-develop-the-best': 'Hire and Develop the Best',
  'insist-on-the-highest-standards': 'Insist on the Highest Standards',
  'think-big': 'Think Big',
  'bias-for-action': 'Bias for Action',
  frugality: 'Frugality',
  'earn-trust': 'Earn Trust',
  'dive-deep': 'Dive Deep',
  'have-backbone-disagree-and-commit': 'Have Backbone; Disagree and Commit',
  'deliver-results': 'Deliver Results',
  'strive-to-be-earths-best-employer': "Strive to be Earth's Best Employer",
  'success-and-scale-bring-broad-responsibility': 'Success and Scale Bring Broad Responsibility',
};

/** An LP's official title. */
export function lpName(id: LpId): string {
  return LP_NAMES[id];
}

/** Sorts LP ids into catalogue order, dropping repeats, so output never depends on input order. */
export function inCatalogueOrder(ids: Iterable<LpId>): LpId[] {
  const wanted = new Set(ids);
  return LP_IDS.filter((id) => wanted.has(id));
}
