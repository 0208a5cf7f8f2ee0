import {
  CreateLoopRequest,
  planSeries,
  proposeDates,
  reviewSeries,
  type CreateSeriesRequest,
  type CreateSeriesResponse,
  type PastLoop,
  type PlanSeriesRequest,
  type ReviewSeriesRequest,
  type SeriesPlan,
  type SeriesProposal,
  type TargetRole,
} from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { barRaiserLast, groupLoopMinutes, groupLoopRequest } from '../domain/group-loop-request.js';
import type { GroupPrincipal } from '../domain/group-principal.js';
import { availabilityOf } from '../repositories/group-availability.js';
import { groupSeatRows, insertGroupLoop, nextSeries } from '../repositories/group-loops.js';
import { loadGroup } from '../repositories/groups.js';
import { withoutFacts, type Outcome } from './facts.js';
import { createLoop } from './loops.js';

type SeriesDeps = { db: Database; now: () => number };

/** The group's members who can take part (a revoked link means the member left) and its past loops. */
async function planningInput(db: Database, groupId: string) {
  const loaded = await loadGroup(db, groupId);
  if (!loaded) throw new DomainError('not-found', 'No such group.');
  const members = loaded.members.filter((m) => m.revokedAt === null);
  return { loaded, members, history: await historyOf(db, groupId) };
}

/** Who sat where in every loop the group created, by member id, oldest first. */
async function historyOf(db: Database, groupId: string): Promise<PastLoop[]> {
  const seats = await groupSeatRows(db, groupId);
  const byLoop = new Map<string, PastLoop>();
  for (const seat of seats) {
    const loop = byLoop.get(seat.loopId) ?? { candidateId: '', interviewerIds: [], barRaiserId: null };
    if (seat.role === 'candidate') loop.candidateId = seat.memberId;
    if (seat.role === 'interviewer') loop.interviewerIds.push(seat.memberId);
    if (seat.isBarRaiser) loop.barRaiserId = seat.memberId;
    byLoop.set(seat.loopId, loop);
  }
  return [...byLoop.values()].filter((loop) => loop.candidateId !== '');
}

const asSeriesMembers = (members: readonly { id: string; name: string; wantsToBeCandidate: boolean }[]) =>
  members.map((m) => ({ id: m.id, name: m.name, wantsToBeCandidate: m.wantsToBeCandidate }));

/** The planner's series for the group now, with reasons and the dates its people can make. */
export async function planGroupSeries(deps: SeriesDeps, organizer: GroupPrincipal, request: PlanSeriesRequest): Promise<Outcome<SeriesProposal>> {
  const { members, history } = await planningInput(deps.db, organizer.groupId);
  if (members.length < 2) throw new DomainError('conflict', 'Add at least two members before planning a series.');
  const plan = planSeries({ members: asSeriesMembers(members), history, roundsPerLoop: request.roundsPerLoop, ...(request.seed === undefined ? {} : { seed: request.seed }) });
  const slots = await availabilityOf(deps.db, members.map((m) => m.id));
  const names = new Map(members.map((m) => [m.id, m.name]));
  const spans = (id: string) => (slots.get(id) ?? []).map((s) => ({ startsAt: s.startsAt.getTime(), endsAt: s.endsAt.getTime() }));
  const dates = proposeDates(plan.loops, spans, groupLoopMinutes(request.roundsPerLoop), deps.now(), (id) => names.get(id) ?? '');
  return withoutFacts({ ...plan, roundsPerLoop: request.roundsPerLoop, dates });
}

/** The organizer's adjusted series, judged by the planner's own rules. */
export async function reviewGroupSeries(deps: SeriesDeps, organizer: GroupPrincipal, request: ReviewSeriesRequest): Promise<Outcome<SeriesPlan>> {
  const { members, history } = await planningInput(deps.db, organizer.groupId);
  if (members.length < 2) throw new DomainError('conflict', 'Add at least two members before planning a series.');
  return withoutFacts(reviewSeries({ members: asSeriesMembers(members), history, roundsPerLoop: request.roundsPerLoop }, request.loops));
}

/**
 * Creates the loops of a series, each through the ordinary loop set-up, with its seats tied
 * to members. The series is checked again inside the transaction, against the members as
 * they are now; an error-level rule refuses the whole series and nothing is written.
 */
export async function createGroupSeries(deps: SeriesDeps, organizer: GroupPrincipal, request: CreateSeriesRequest): Promise<Outcome<CreateSeriesResponse>> {
  const created = await deps.db.transaction(async (tx) => {
    const { loaded, members, history } = await planningInput(tx, organizer.groupId);
    const review = reviewSeries({ members: asSeriesMembers(members), history, roundsPerLoop: request.roundsPerLoop }, request.loops);
    const errors = review.violations.filter((v) => v.severity === 'error');
    if (errors.length > 0) throw new DomainError('bad-request', errors[0]!.text, { violations: errors });
    const byId = new Map(members.map((m) => [m.id, { name: m.name, targetRole: m.targetRole as TargetRole }]));
    const series = await nextSeries(tx, organizer.groupId);
    const created: CreateSeriesResponse['loops'] = [];
    for (const [position, requested] of request.loops.entries()) {
      const loop = { ...requested, interviewerIds: barRaiserLast(requested.interviewerIds, requested.barRaiserId) };
      const parsed = CreateLoopRequest.safeParse(
        groupLoopRequest({
          organizerName: loaded.group.organizerName,
          candidate: byId.get(loop.candidateId)!,
          interviewers: loop.interviewerIds.map((id) => byId.get(id)!),
          startsAt: loop.startsAt,
          timeZone: loop.timeZone,
          meetingUrl: request.meetingUrl,
        }),
      );
      if (!parsed.success) throw new DomainError('bad-request', `Loop ${position + 1}: ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
      const { result: made } = await createLoop({ db: tx }, parsed.data);
      const seats = made.participants.flatMap((p) => {
        if (p.role === 'candidate') return [{ participantId: p.id, memberId: loop.candidateId }];
        if (p.role === 'interviewer' && p.roundPosition !== null) return [{ participantId: p.id, memberId: loop.interviewerIds[p.roundPosition - 1]! }];
        return [];
      });
      await insertGroupLoop(tx, { loopId: made.loopId, groupId: organizer.groupId, series, position: position + 1, candidateMemberId: loop.candidateId }, seats);
      created.push({ loopId: made.loopId, candidateMemberId: loop.candidateId });
    }
    return { series, loops: created };
  });
  return withoutFacts(created);
}
