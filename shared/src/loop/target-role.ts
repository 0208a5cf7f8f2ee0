import { z } from 'zod';
import { TARGET_ROLES } from './target-role-labels.js';

export * from './target-role-labels.js';

/**
 * The role the candidate is preparing for. It picks the default focus LPs and which round
 * kinds the wizard suggests; 'other' covers every role the presets do not model.
 */
export const TargetRole = z.enum(TARGET_ROLES);
export type TargetRole = z.infer<typeof TargetRole>;
