import { lpName, type LpId } from '../lp/names.js';
import type { ScorecardDraft } from './draft.js';

/**
 * What still stops a scorecard from being submitted, in plain language: every assigned LP
 * rated (or marked not assessed with a reason), a vote, and a summary for the debrief.
 */
export function missingForSubmit(draft: ScorecardDraft, assignedLps: readonly LpId[]): string[] {
  const missing: string[] = [];
  for (const lpId of assignedLps) {
    const entry = draft.ratings[lpId];
    const name = lpName(lpId);
    if (!entry?.rating) missing.push(`Rate ${name}, or mark it not assessed.`);
    else if (entry.rating === 'not-assessed' && !entry.notAssessedReason.trim()) missing.push(`Say why ${name} was not assessed.`);
  }
  if (!draft.vote) missing.push('Cast your vote.');
  if (!draft.summary.trim()) missing.push('Write a summary for the debrief.');
  return missing;
}
