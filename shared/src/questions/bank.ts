import type { TargetRole } from '../loop/target-role.js';
import type { LpId } from '../lp/catalogue.js';
import bankJson from './bank.json' with { type: 'json' };
import { QuestionBank, type Question, type QuestionKind } from './schema.js';

/**
 * The question bank, parsed once at module load: a malformed bank.json fails at start-up
 * (and in the tests), never halfway through someone's interview.
 */
export const QUESTION_BANK: QuestionBank = QuestionBank.parse(bankJson);

const byId = new Map<string, Question>(QUESTION_BANK.questions.map((q) => [q.id, q]));

/** The question with this id, or undefined if the bank has no such question. */
export function questionById(id: string): Question | undefined {
  return byId.get(id);
}

/**
 * Every question tagged with the LP: those written for it (first in `lps`) come first,
 * then those that touch it as a secondary LP, each group in bank order.
 */
export function questionsForLp(lpId: LpId): Question[] {
  const tagged = QUESTION_BANK.questions.filter((q) => q.lps.includes(lpId));
  const primary = tagged.filter((q) => q.lps[0] === lpId);
  const secondary = tagged.filter((q) => q.lps[0] !== lpId);
  return [...primary, ...secondary];
}

/**
 * Every question of one kind, in bank order. With a role, only questions that suit it:
 * those with no `roles` (meant for every loop) or with that role listed.
 */
export function questionsForKind(kind: QuestionKind, role?: TargetRole): Question[] {
  return QUESTION_BANK.questions.filter(
    (q) => q.kind === kind && (role === undefined || q.roles === undefined || q.roles.includes(role)),
  );
}
