import type { AssignmentRound } from './assignment-schema.js';
import { lpById, type LpId } from './catalogue.js';

/** Small helpers that turn assignment facts into the plain sentences organizers read. */

const KIND_WORDS: Record<AssignmentRound['kind'], string> = {
  behavioral: 'behavioral',
  'product-sense': 'product sense',
  technical: 'technical',
  writing: 'writing',
};

/** "Round 3 (technical)" or "Round 6 (Bar Raiser)", numbered from 1 as the wizard shows. */
export function roundLabel(round: AssignmentRound, index: number): string {
  const kind = round.isBarRaiser ? 'Bar Raiser' : KIND_WORDS[round.kind];
  return `Round ${index + 1} (${kind})`;
}

/** "A", "A and B", "A, B and C" (or "A, B or C"). */
export function joinPlain(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

/** The official names of the LPs, joined for a sentence. */
export function lpNames(ids: readonly LpId[]): string {
  return joinPlain(ids.map((id) => lpById(id).name));
}

/** "1 interviewer", "5 interviewers". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "is" for one LP, "are" for several. */
export function isOrAre(count: number): string {
  return count === 1 ? 'is' : 'are';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
