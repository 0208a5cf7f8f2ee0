import { z } from 'zod';
import { DECISIONS, LP_RATINGS, PARTICIPANT_ROLES, ROUND_KINDS, VOTES } from './scale-values.js';

// Labels, lists and helpers are in scale-values.ts (no zod); this module adds the schemas.
export * from './scale-values.js';

/** The overall vote an interviewer casts. Amazon's scale has no neutral option on purpose. */
export const Vote = z.enum(VOTES);
export type Vote = z.infer<typeof Vote>;

/** Per-LP rating on a scorecard. "Not assessed" needs a reason on submit. */
export const LpRating = z.enum(LP_RATINGS);
export type LpRating = z.infer<typeof LpRating>;

/** The Bar Raiser's final decision. */
export const Decision = z.enum(DECISIONS);
export type Decision = z.infer<typeof Decision>;

/** Who a participant is in a loop; every permission check starts from this. */
export const ParticipantRole = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const RoundKind = z.enum(ROUND_KINDS);
export type RoundKind = z.infer<typeof RoundKind>;
