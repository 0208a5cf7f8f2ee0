import type { ConflictKind } from '../stories/schema.js';

/** How each kind of story conflict is named to people. */
export const CONFLICT_KIND_LABELS: Record<ConflictKind, string> = {
  metric: 'Different numbers',
  timeline: 'Different timeline',
  team: 'Different team size',
  role: 'Different own role',
  outcome: 'Different outcome',
};
