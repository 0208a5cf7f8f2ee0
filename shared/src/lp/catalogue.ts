import { z } from 'zod';
import { LP_IDS } from './principles.js';

// The catalogue's data lives in principles.ts, without zod, so a page that only shows LP
// names does not download zod; this module adds the schema the contract validates ids with.
export * from './principles.js';

export const LpId = z.enum(LP_IDS);
export type LpId = z.infer<typeof LpId>;
