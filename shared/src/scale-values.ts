// Plain data, without zod, so a page that only shows labels does not download zod; scales.ts
// builds the contract's schemas from these lists.

/** The overall vote an interviewer casts. Amazon's scale has no neutral option on purpose. */
export const VOTES = ['strong-hire', 'inclined-hire', 'inclined-not-hire', 'strong-not-hire'] as const;
export type Vote = (typeof VOTES)[number];

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
export const LP_RATINGS = ['raises-the-bar', 'meets', 'below', 'not-assessed'] as const;
export type LpRating = (typeof LP_RATINGS)[number];

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
export const DECISIONS = ['hire', 'no-hire'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Who a participant is in a loop; every permission check starts from this. */
export const PARTICIPANT_ROLES = ['organizer', 'candidate', 'interviewer', 'shadow'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const ROUND_KINDS = ['behavioral', 'product-sense', 'technical', 'writing'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  behavioral: 'Behavioral',
  'product-sense': 'Product sense / working backwards',
  technical: 'Technical / system design',
  writing: 'Writing exercise',
};
