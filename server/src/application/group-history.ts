import {
  compareCard,
  lpById,
  lpTrend,
  overallDifference,
  leaningOf,
  VOTES,
  type Calibration,
  type CalibrationLoop,
  type CandidateFeedback,
  type CandidateHistory,
  type Decision,
  type LpId,
  type LpRating,
  type Reliability,
  type Vote,
} from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { seesPrivateOf, type GroupPrincipal } from '../domain/group-principal.js';
import { JOIN_GRACE_MINUTES, joinTiming, scorecardTiming } from '../domain/scorecard-timing.js';
import { groupLoopRows, groupSeatRows, loopSpans, seatsOfMemberFilter } from '../repositories/group-loops.js';
import { interviewerCards } from '../repositories/group-scorecards.js';
import { arrivalsOf } from '../repositories/round-arrivals.js';
import { loadGroup } from '../repositories/groups.js';
import { withoutFacts, type Outcome } from './facts.js';

type HistoryDeps = { db: Database; now: () => number };

async function memberOf(db: Database, groupId: string, memberId: string) {
  const loaded = await loadGroup(db, groupId);
  const member = loaded?.members.find((m) => m.id === memberId);
  if (!member) throw new DomainError('not-found', 'No such member.');
  return member;
}

/**
 * A member's loops as candidate, built only from published feedback. Another member sees a
 * loop only if they held a seat in it (as the loop's own feedback page allows); vote counts
 * are for the member themself and the organizer.
 */
export async function candidateHistory(deps: Pick<HistoryDeps, 'db'>, viewer: GroupPrincipal, memberId: string): Promise<Outcome<CandidateHistory>> {
  const member = await memberOf(deps.db, viewer.groupId, memberId);
  const own = seesPrivateOf(viewer, memberId);
  const visible = own ? null : new Set((await groupSeatRows(deps.db, viewer.groupId, seatsOfMemberFilter(viewer.memberId!))).map((s) => s.loopId));
  const loops = (await groupLoopRows(deps.db, viewer.groupId)).filter(
    (l) => l.candidateMemberId === memberId && l.debriefPhase === 'published' && l.publishedFeedback && (visible === null || visible.has(l.loopId)),
  );
  const cards = own ? await interviewerCards(deps.db, loops.map((l) => l.loopId)) : [];
  const history = loops.map((loop) => {
    const feedback = loop.publishedFeedback as CandidateFeedback;
    const votes = own ? countVotes(cards.filter((c) => c.loopId === loop.loopId && c.status === 'submitted').map((c) => c.vote as Vote | null)) : null;
    return {
      loopId: loop.loopId,
      startsAt: loop.startsAt.toISOString(),
      decision: feedback.decision,
      lps: feedback.lps.map((lp) => ({ lpId: lp.lpId, name: lp.name, outcome: lp.outcome, score: lp.score })),
      votes,
      growthAreas: feedback.growthAreas,
      practice: feedback.practice.map((p) => ({ lpId: p.lpId, name: p.name, questions: p.questions.map((q) => q.text) })),
    };
  });
  const lpIds = [...new Set(history.flatMap((h) => h.lps.map((lp) => lp.lpId)))];
  const trends = lpIds.map((lpId) => {
    const scores = history.map((h) => h.lps.find((lp) => lp.lpId === lpId)?.score ?? null);
    return { lpId, name: lpById(lpId).name, scores, trend: lpTrend(scores) };
  });
  return withoutFacts({ memberId, name: member.name, loops: history, trends });
}

function countVotes(votes: readonly (Vote | null)[]): Record<Vote, number> {
  const counts = Object.fromEntries(VOTES.map((v) => [v, 0])) as Record<Vote, number>;
  for (const vote of votes) if (vote) counts[vote] += 1;
  return counts;
}

const AFTER_DEBRIEF = new Set(['decided', 'published']);

/**
 * A member as interviewer: each scorecard's timing, and once the loop's debrief has decided
 * (when the interviewers have seen each other's cards anyway), their vote against the
 * decision and their LP ratings against the other interviewers' for the same candidate.
 */
export async function calibration(deps: HistoryDeps, viewer: GroupPrincipal, memberId: string): Promise<Outcome<Calibration>> {
  if (!seesPrivateOf(viewer, memberId)) throw new DomainError('forbidden', 'Calibration is visible to the member and the organizer only.');
  const member = await memberOf(deps.db, viewer.groupId, memberId);
  const loops = await groupLoopRows(deps.db, viewer.groupId);
  const cards = await interviewerCards(deps.db, loops.map((l) => l.loopId));
  const now = deps.now();
  const loopStart = (loopId: string) => loops.find((l) => l.loopId === loopId)?.startsAt.getTime() ?? 0;
  const rows: CalibrationLoop[] = cards
    .filter((card) => card.memberId === memberId)
    .sort((a, b) => loopStart(a.loopId) - loopStart(b.loopId))
    .map((card) => {
      const loop = loops.find((l) => l.loopId === card.loopId)!;
      const decided = AFTER_DEBRIEF.has(loop.debriefPhase ?? '');
      const decision = decided ? (loop.decision as Decision | null) : null;
      const others = cards.filter((c) => c.loopId === card.loopId && c.participantId !== card.participantId && c.status === 'submitted');
      const asCard = (c: (typeof cards)[number]) => ({ interviewerId: c.participantId, vote: c.vote as Vote | null, ratings: c.ratings as Partial<Record<string, LpRating>> });
      const compared = decided && card.status === 'submitted' ? compareCard(asCard(card), others.map(asCard), decision) : null;
      return {
        loopId: card.loopId,
        candidateName: loop.candidateName,
        startsAt: loop.startsAt.toISOString(),
        roundTitle: card.roundTitle,
        timing: scorecardTiming(card, now),
        vote: card.status === 'submitted' ? (card.vote as Vote | null) : null,
        decision,
        agreesWithDecision: compared?.agreesWithDecision ?? null,
        meanRating: compared?.meanRating ?? null,
        othersMeanRating: compared?.othersMeanRating ?? null,
        lps: (compared?.lps ?? []).map((lp) => ({ ...lp, lpId: lp.lpId as LpId, name: lpById(lp.lpId as LpId).name })),
        difference: compared?.difference ?? null,
        leaning: compared?.leaning ?? 'not-enough',
      };
    });
  const difference = overallDifference(rows.map((r) => r.difference));
  return withoutFacts({
    memberId,
    name: member.name,
    leaning: leaningOf(difference),
    difference,
    agreements: rows.filter((r) => r.agreesWithDecision === true).length,
    disagreements: rows.filter((r) => r.agreesWithDecision === false).length,
    scorecards: { onTime: rows.filter((r) => r.timing === 'on-time').length, late: rows.filter((r) => r.timing === 'late').length, missing: rows.filter((r) => r.timing === 'missing').length },
    loops: rows,
  });
}

/**
 * Who entered their seat's room late or never (from presence: the first time they entered
 * the round's room, any round's for a candidate), and whose scorecards came late or never:
 * the organizer's view.
 */
export async function reliability(deps: HistoryDeps, organizer: GroupPrincipal): Promise<Outcome<Reliability>> {
  const loaded = await loadGroup(deps.db, organizer.groupId);
  if (!loaded) throw new DomainError('not-found', 'No such group.');
  const [seats, loops] = await Promise.all([groupSeatRows(deps.db, organizer.groupId), groupLoopRows(deps.db, organizer.groupId)]);
  const [spans, cards, arrivals] = await Promise.all([
    loopSpans(deps.db, loops.map((l) => l.loopId)),
    interviewerCards(deps.db, loops.map((l) => l.loopId)),
    arrivalsOf(deps.db, seats.map((s) => s.participantId)),
  ]);
  const now = deps.now();
  const firstEntry = (participantId: string, roundId: string | null): Date | null => {
    const times = arrivals.filter((a) => a.participantId === participantId && (roundId === null || a.roundId === roundId)).map((a) => a.firstEnteredAt.getTime());
    return times.length > 0 ? new Date(Math.min(...times)) : null;
  };
  return withoutFacts({
    graceMinutes: JOIN_GRACE_MINUTES,
    members: loaded.members.map((member) => {
      const mine = seats.filter((s) => s.memberId === member.id);
      const joins = mine.flatMap((s) => {
        const startsAt = s.roundStartsAt ?? spans.get(s.loopId)?.startsAt;
        return startsAt ? [joinTiming(firstEntry(s.participantId, s.roundId), startsAt, now)] : [];
      });
      const timings = cards.filter((c) => c.memberId === member.id).map((c) => scorecardTiming(c, now));
      return {
        memberId: member.id,
        name: member.name,
        seats: mine.length,
        late: joins.filter((j) => j === 'late').length,
        never: joins.filter((j) => j === 'never').length,
        lateScorecards: timings.filter((t) => t === 'late').length,
        missingScorecards: timings.filter((t) => t === 'missing').length,
      };
    }),
  });
}
