import type { Database } from '../db/database.js';
import { lpRatings, scorecards, stories, votes } from '../db/schema.js';

export type ScorecardSnapshot = {
  loopId: string;
  roundId: string;
  interviewerId: string;
  status: 'draft' | 'submitted';
  strengths: string;
  concerns: string;
  summary: string;
  vote: string | null;
  ratings: { lpId: string; rating: string | null; evidence: string; notAssessedReason?: string }[];
  stories: {
    questionId: string | null;
    questionText: string;
    lps: string[];
    situation: string;
    task: string;
    action: string;
    result: string;
    notes: string;
    flags: string[];
  }[];
};

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Writes a whole scorecard at once (sample loops, imports); live editing goes through patches. */
export async function insertScorecardSnapshot(tx: Tx | Database, card: ScorecardSnapshot): Promise<string> {
  const submittedAt = card.status === 'submitted' ? new Date() : null;
  const [row] = await tx
    .insert(scorecards)
    .values({
      roundId: card.roundId,
      interviewerId: card.interviewerId,
      status: card.status,
      strengths: card.strengths,
      concerns: card.concerns,
      summary: card.summary,
      vote: card.vote,
      version: 1,
      submittedAt,
    })
    .returning({ id: scorecards.id });
  const scorecardId = row!.id;
  if (card.ratings.length) {
    await tx.insert(lpRatings).values(card.ratings.map((r) => ({ scorecardId, notAssessedReason: '', ...r })));
  }
  if (card.stories.length) {
    await tx.insert(stories).values(card.stories.map((s, position) => ({ scorecardId, position, ...s })));
  }
  if (card.status === 'submitted' && card.vote) {
    await tx.insert(votes).values({ loopId: card.loopId, participantId: card.interviewerId, stage: 'scorecard', vote: card.vote });
  }
  return scorecardId;
}
