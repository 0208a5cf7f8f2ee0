import { suggestDataPoints } from '@mockloop/shared/stories/data-points';
import type { DataPointSuggestions, SuggestDataPoints } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import { loadLoop } from '../repositories/loops.js';
import { loadScorecard } from '../repositories/scorecards.js';
import type { Outcome } from './facts.js';

export type DataPointDeps = { db: Database };

/**
 * Data point suggestions for one story of the caller's own scorecard, read from its saved
 * STAR text. The checker runs here because it is server-only (it stays out of the client's
 * bundle); only the card's interviewer may ask, and a card of anyone else is "not found".
 */
export async function suggestStoryDataPoints(deps: DataPointDeps, principal: Principal, input: SuggestDataPoints): Promise<Outcome<DataPointSuggestions>> {
  const card = principal.role === 'interviewer' ? await loadScorecard(deps.db, input.scorecardId) : null;
  if (!card || card.interviewerId !== principal.participantId) throw new DomainError('not-found', 'No such scorecard of yours.');
  const story = card.draft.stories.find((s) => s.id === input.storyId);
  if (!story) throw new DomainError('not-found', 'No such story on your scorecard (it may not be saved yet).');
  const candidateName = (await loadLoop(deps.db, card.loopId))?.loop.candidateName ?? '';
  return { result: { storyId: story.id, suggestions: suggestDataPoints(story, candidateName) }, facts: [] };
}
