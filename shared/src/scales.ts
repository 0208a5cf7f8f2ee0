import { z } from 'zod';

/** The overall vote an interviewer casts. Amazon's scale has no neutral option on purpose. */
export const Vote = z.enum(['strong-hire', 'inclined-hire', 'inclined-not-hire', 'strong-not-hire']);
export type Vote = z.infer<typeof Vote>;

export const VOTE_LABELS: Record<Vote, string> = {
  'strong-hire': 'Strong Hire',
  'inclined-hire': 'Inclined to Hire',
  'inclined-not-hire': 'Inclined Not to Hire',
  'strong-not-hire': 'Strong Not to Hire',
};

/** Whether a vote leans towards hiring; the scale has no middle. */
export function isHireVote(vote: Vote): boolean {
  return vote === 'strong-hire' || vote === 'inclined-hire';
}

/** Per-LP rating on a scorecard. "Not assessed" needs a reason on submit. */
export const LpRating = z.enum(['raises-the-bar', 'meets', 'below', 'not-assessed']);
export type LpRating = z.infer<typeof LpRating>;

export const LP_RATING_LABELS: Record<LpRating, string> = {
  'raises-the-bar': 'Raises the Bar',
  meets: 'Meets',
  below: 'Below',
  'not-assessed': 'Not assessed',
};

/** Ordinal steps used to spot disagreements (two or more steps apart); null when not assessed. */
export function ratingStep(rating: LpRating): number | null {
  switch (rating) {
    case 'raises-the-bar':
      return 2;
    case 'meets':
      return 1;
    case 'below':
      return 0;
    case 'not-assessed':
      return null;
  }
}

/** The Bar Raiser's final decision. */
export const Decision = z.enum(['hire', 'no-hire']);
export type Decision = z.infer<typeof Decision>;

/** Who a participant is in a loop; every permission check starts from this. */
export const ParticipantRole = z.enum(['organizer', 'candidate', 'interviewer', 'shadow']);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const RoundKind = z.enum(['behavioral', 'product-sense', 'technical', 'writing']);
export type RoundKind = z.infer<typeof RoundKind>;

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  behavioral: 'Behavioral',
  'product-sense': 'Product sense / working backwards',
  technical: 'Technical / system design',
  writing: 'Writing exercise',
};
