import { suggestDataPoints } from '@mockloop/shared/stories/data-points';
import type { DataPointSuggestions, SuggestDataPoints } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import { loadLoop } from '../repositories/loops.js';
import { loadScorecard } from '../repositories/scorecards.js';
import { bankOfLoop, loadBank } from '../repositories/banks.js';
import { suggestBankStory } from '../domain/bank-check.js';
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
  const suggestions = suggestDataPoints(story, candidateName);
  // Which prepared story this telling retells, only while the candidate shares titles and the card names none.
  const shared = story.bankStoryId ? null : await bankOfLoop(deps.db, card.loopId);
  const bank = shared?.sharedTitles ? await loadBank(deps.db, shared.bankId) : null;
  const told = { id: story.id, lps: story.lps.length ? story.lps : ['ownership' as const], question: story.questionText, situation: story.situation, task: story.task, action: story.action, result: story.result };
  const bankStory = bank && hasText(story) ? suggestBankStory(told, bank.stories) : null;
  return { result: { storyId: story.id, suggestions, bankStory }, facts: [] };
}

const hasText = (s: { situation: string; task: string; action: string; result: string }) => [s.situation, s.task, s.action, s.result].some((t) => t.trim() !== '');
