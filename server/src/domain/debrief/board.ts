import {
  inCatalogueOrder,
  ratingStep,
  type BankStory,
  type BoardBankStory,
  type BoardInterviewer,
  type BoardStory,
  type DebriefBoard,
  type DebriefPhase,
  type Decision,
  type LpId,
  type MatrixRow,
  type Scorecard,
  type Spotlight,
  type Vote,
} from '@mockloop/shared';
import { countWeAndI, hasMeasurableResult } from './story-reading.js';
import { checkConsistency, type Dismissal } from './story-consistency.js';
import { debriefWriting, narrativeStory, type WritingInput } from './writing-board.js';
import { driftFromPreparation } from './drift.js';

export type DebriefInputs = {
  loopId: string;
  candidateName: string;
  debrief: {
    phase: DebriefPhase;
    openedAt: Date;
    openedEarlyReason: string | null;
    spotlight: Spotlight | null;
    decision: Decision | null;
    rationale: string | null;
  };
  rounds: { id: string; position: number; title: string; assignedLps: LpId[] }[];
  interviewers: { participantId: string; name: string; roundId: string; isBarRaiser: boolean }[];
  /** Every scorecard of the loop; only submitted ones are shown. */
  scorecards: Scorecard[];
  votes: { participantId: string; stage: 'scorecard' | 'debrief'; vote: Vote; castAt: Date }[];
  reads: { readerId: string; scorecardId: string }[];
  /** Flags the Bar Raiser dismissed as not a conflict. */
  dismissals: Dismissal[];
  /** The loop's writing exercise, if it has one. */
  writing?: WritingInput | null;
  /** The loop's bank stories, only when the candidate shares their titles with the panel. */
  bankStories: BankStory[];
};

/**
 * Everything the panel looks at in the debrief, computed from the loop's scorecards: votes
 * before and after, the LP x interviewer matrix with gaps and disagreements, and every
 * story across rounds checked for consistency.
 */
export function buildDebriefBoard(input: DebriefInputs): DebriefBoard {
  const submitted = input.scorecards.filter((c) => c.status === 'submitted');
  const roundOf = (roundId: string) => input.rounds.find((r) => r.id === roundId)!;
  const interviewers: BoardInterviewer[] = [...input.interviewers]
    .sort((a, b) => roundOf(a.roundId).position - roundOf(b.roundId).position)
    .map((person) => ({
      participantId: person.participantId,
      name: person.name,
      roundId: person.roundId,
      roundPosition: roundOf(person.roundId).position,
      roundTitle: roundOf(person.roundId).title,
      isBarRaiser: person.isBarRaiser,
      submitted: submitted.some((c) => c.interviewerId === person.participantId),
      initialVote: firstVote(input.votes, person.participantId, 'scorecard'),
      revote: lastVote(input.votes, person.participantId, 'debrief'),
      readScorecardIds: input.reads.filter((r) => r.readerId === person.participantId).map((r) => r.scorecardId),
    }));
  const narrative = narrativeStory(input.writing);
  // The narrative first: it was written before the loop (round 0).
  const stories = [...(narrative ? [narrative] : []), ...boardStories(submitted, interviewers, input.bankStories)];
  const consistency = checkConsistency(stories, input.candidateName, interviewers, input.dismissals);
  return {
    loopId: input.loopId,
    phase: input.debrief.phase,
    openedAt: input.debrief.openedAt.toISOString(),
    openedEarlyReason: input.debrief.openedEarlyReason,
    spotlight: input.debrief.spotlight,
    decision: input.debrief.decision,
    rationale: input.debrief.rationale,
    interviewers,
    scorecards: submitted,
    matrix: buildMatrix(input.rounds, interviewers, submitted),
    stories,
    ...consistency,
    ...fromTheBank(stories, input.bankStories, input.candidateName),
    weTotal: stories.reduce((sum, s) => sum + s.weCount, 0),
    iTotal: stories.reduce((sum, s) => sum + s.iCount, 0),
    writing: debriefWriting(input.writing),
  };
}

function firstVote(votes: DebriefInputs['votes'], participantId: string, stage: 'scorecard' | 'debrief'): Vote | null {
  const mine = votes.filter((v) => v.participantId === participantId && v.stage === stage).sort((a, b) => +a.castAt - +b.castAt);
  return mine[0]?.vote ?? null;
}

function lastVote(votes: DebriefInputs['votes'], participantId: string, stage: 'scorecard' | 'debrief'): Vote | null {
  const mine = votes.filter((v) => v.participantId === participantId && v.stage === stage).sort((a, b) => +a.castAt - +b.castAt);
  return mine.at(-1)?.vote ?? null;
}

/** LP rows (catalogue order) x interviewer columns, from submitted scorecards. */
function buildMatrix(rounds: DebriefInputs['rounds'], interviewers: BoardInterviewer[], submitted: Scorecard[]): MatrixRow[] {
  const lps = inCatalogueOrder([
    ...rounds.flatMap((r) => r.assignedLps),
    ...submitted.flatMap((c) => Object.keys(c.draft.ratings) as LpId[]),
  ]);
  return lps.map((lpId) => {
    const cells = interviewers.map((person) => {
      const card = submitted.find((c) => c.interviewerId === person.participantId);
      const entry = card?.draft.ratings[lpId];
      const assigned = rounds.find((r) => r.id === person.roundId)?.assignedLps.includes(lpId) ?? false;
      return { participantId: person.participantId, assigned, rating: entry?.rating ?? null, evidence: entry?.evidence ?? '' };
    });
    const steps = cells.map((c) => (c.rating ? ratingStep(c.rating) : null)).filter((s): s is number => s !== null);
    const submittedIds = new Set(submitted.map((c) => c.interviewerId));
    return {
      lpId,
      cells,
      gap: cells.some((c) => c.assigned && submittedIds.has(c.participantId) && (c.rating === null || c.rating === 'not-assessed')),
      disagreement: steps.length > 1 && Math.max(...steps) - Math.min(...steps) >= 2,
    };
  });
}

/** Each linked telling against its prepared story, and the rounds each bank story carried. */
function fromTheBank(stories: BoardStory[], bank: BankStory[], candidateName: string): Pick<DebriefBoard, 'drifts' | 'bankStories'> {
  const byId = new Map(bank.map((s) => [s.id, s]));
  const linked = stories.filter((s) => s.bankStoryId && byId.has(s.bankStoryId));
  const drifts = linked.flatMap((s) => driftFromPreparation(s, byId.get(s.bankStoryId!)!, candidateName));
  const bankStories: BoardBankStory[] = bank
    .map((b) => {
      const told = linked.filter((s) => s.bankStoryId === b.id);
      return { bankStoryId: b.id, title: b.title, rounds: [...new Set(told.map((s) => s.roundPosition))].sort((x, y) => x - y), stories: told.map((s) => s.id) };
    })
    .filter((b) => b.stories.length > 0);
  return { drifts, bankStories };
}

function boardStories(submitted: Scorecard[], interviewers: BoardInterviewer[], bank: BankStory[]): BoardStory[] {
  const roundOf = (card: Scorecard) => interviewers.find((p) => p.participantId === card.interviewerId)!.roundPosition;
  // Round order, whatever order the database returned the scorecards in.
  return [...submitted].sort((a, b) => roundOf(a) - roundOf(b)).flatMap((card) => {
    const person = interviewers.find((p) => p.participantId === card.interviewerId)!;
    return card.draft.stories.map((story) => {
      const told = [story.situation, story.task, story.action, story.result].join(' ');
      const { we, i } = countWeAndI(told);
      return {
        id: story.id,
        participantId: card.interviewerId,
        roundPosition: person.roundPosition,
        questionText: story.questionText,
        lps: story.lps,
        situation: story.situation,
        task: story.task,
        action: story.action,
        result: story.result,
        flags: story.flags,
        missingResult: story.result.trim() === '',
        noMeasurableResult: story.result.trim() !== '' && !hasMeasurableResult(story.result),
        weCount: we,
        iCount: i,
        dataPoints: story.dataPoints,
        // A link to a story the candidate no longer shares reads as no link.
        bankStoryId: bank.some((b) => b.id === story.bankStoryId) ? story.bankStoryId! : null,
        bankTitle: bank.find((b) => b.id === story.bankStoryId)?.title ?? null,
      };
    });
  });
}
