import type { FieldReading } from './profile.js';

/**
 * Marks, in the set of the candidate's names, a field told in the first person ("I ran the
 * interviews and she drew the screens"): there "he" and "she" are other people.
 */
export const FIRST_PERSON = '\u0000first-person';

/** The candidate's names for reading one field: with the first-person mark when the field says "I". */
export function speakerNames(field: FieldReading, candidateNames: ReadonlySet<string>): ReadonlySet<string> {
  return field.tokens.some((t) => t.text === 'I') ? new Set([...candidateNames, FIRST_PERSON]) : candidateNames;
}
