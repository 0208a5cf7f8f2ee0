import { slotsToInstants, type Availability, type GroupSeat, type MemberHome, type SetAvailabilityRequest } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { buildGroupCalendar, type CalendarSeat } from '../domain/group-calendar.js';
import type { GroupPrincipal } from '../domain/group-principal.js';
import { loopProgress } from '../domain/group-progress.js';
import { hashToken, newInviteToken } from '../domain/invite-token.js';
import { participantRoom } from '../domain/principal.js';
import { availabilityOf, replaceAvailability } from '../repositories/group-availability.js';
import { findGroupSeat, groupLoopRows, groupSeatRows, loopSpans, organizerSeatRows, replaceSeatToken, seatsOfMemberFilter, startedLoopIds } from '../repositories/group-loops.js';
import { loadGroup } from '../repositories/groups.js';
import { withoutFacts, type Outcome } from './facts.js';

type HomeDeps = { db: Database; now: () => number };

/** A member's seats in every role, soonest first, with where each loop stands. */
async function seatsOf(db: Database, principal: GroupPrincipal & { kind: 'member' }): Promise<GroupSeat[]> {
  const [loops, seats] = await Promise.all([groupLoopRows(db, principal.groupId), groupSeatRows(db, principal.groupId, seatsOfMemberFilter(principal.memberId))]);
  const started = await startedLoopIds(db, loops.map((l) => l.loopId));
  const loopOf = new Map(loops.map((l) => [l.loopId, l]));
  return seats.flatMap((seat) => {
    const loop = loopOf.get(seat.loopId);
    if (!loop) return [];
    return [{
      participantId: seat.participantId,
      loopId: seat.loopId,
      role: seat.role as GroupSeat['role'],
      candidateName: loop.candidateName,
      loopStartsAt: loop.startsAt.toISOString(),
      timeZone: loop.timeZone,
      progress: loopProgress(loop.debriefPhase, started.has(loop.loopId)),
      roundPosition: seat.roundPosition,
      roundTitle: seat.roundTitle,
      roundStartsAt: seat.roundStartsAt?.toISOString() ?? null,
      isBarRaiser: seat.isBarRaiser,
    }];
  }).sort((a, b) => Date.parse(a.roundStartsAt ?? a.loopStartsAt) - Date.parse(b.roundStartsAt ?? b.loopStartsAt));
}

/** What a member link opens. */
export async function memberHome(deps: Pick<HomeDeps, 'db'>, member: GroupPrincipal & { kind: 'member' }): Promise<Outcome<MemberHome>> {
  const loaded = await loadGroup(deps.db, member.groupId);
  const me = loaded?.members.find((m) => m.id === member.memberId);
  if (!loaded || !me) throw new DomainError('not-found', 'No such member.');
  const [seats, slots] = await Promise.all([seatsOf(deps.db, member), availabilityOf(deps.db, [me.id])]);
  return withoutFacts({
    group: { id: loaded.group.id, name: loaded.group.name },
    member: { id: me.id, name: me.name, targetRole: me.targetRole as MemberHome['member']['targetRole'], timeZone: me.timeZone, wantsToBeCandidate: me.wantsToBeCandidate },
    members: loaded.members.filter((m) => m.revokedAt === null).map((m) => ({ id: m.id, name: m.name })),
    seats,
    availability: (slots.get(me.id) ?? []).map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
  });
}

/**
 * A fresh loop link for one of the caller's own seats (a member's candidate or interviewer
 * seat, the organizer's organizer seat). The loop knows nothing of groups: this is how a
 * member link leads into it. The seat's previous sessions end, as with any re-issued link.
 */
export async function openSeat(deps: HomeDeps, principal: GroupPrincipal, participantId: string): Promise<Outcome<{ loopId: string; participantId: string; token: string }>> {
  const seat = await findGroupSeat(deps.db, principal.groupId, participantId);
  const mine = seat && (principal.kind === 'member' ? seat.memberId === principal.memberId : seat.role === 'organizer');
  if (!seat || !mine) throw new DomainError('not-found', 'No such seat.');
  const token = newInviteToken();
  await replaceSeatToken(deps.db, participantId, hashToken(token), new Date(deps.now()));
  return { result: { loopId: seat.loopId, participantId, token }, facts: [{ kind: 'disconnect', rooms: [participantRoom(participantId)] }] };
}

/** A member replaces the times they marked free; they are stored as instants with the zone. */
export async function setAvailability(deps: Pick<HomeDeps, 'db'>, member: GroupPrincipal & { kind: 'member' }, request: SetAvailabilityRequest): Promise<Outcome<Availability>> {
  const converted = slotsToInstants(request);
  if ('invalid' in converted) throw new DomainError('bad-request', `Slot ${converted.invalid + 1} does not exist in ${request.timeZone} (a daylight-saving change skips it).`);
  await replaceAvailability(deps.db, member.memberId, request.timeZone, converted.slots);
  return withoutFacts({ timeZone: request.timeZone, slots: converted.slots.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })) });
}

/** The caller's seats of the group's loops as a calendar file. */
export async function groupCalendar(deps: Pick<HomeDeps, 'db'>, principal: GroupPrincipal, baseUrl: string): Promise<Outcome<string>> {
  const loops = await groupLoopRows(deps.db, principal.groupId);
  const spans = await loopSpans(deps.db, loops.map((l) => l.loopId));
  const loopOf = new Map(loops.map((l) => [l.loopId, l]));
  let seats: CalendarSeat[];
  if (principal.kind === 'organizer') {
    const own = await organizerSeatRows(deps.db, principal.groupId);
    seats = own.flatMap((s) => {
      const span = spans.get(s.loopId);
      return span ? [{ loopId: s.loopId, candidateName: loopOf.get(s.loopId)?.candidateName ?? '', role: 'organizer' as const, roundTitle: null, ...span }] : [];
    });
  } else {
    const rows = await groupSeatRows(deps.db, principal.groupId, seatsOfMemberFilter(principal.memberId));
    seats = rows.flatMap((s): CalendarSeat[] => {
      const span = spans.get(s.loopId);
      const candidateName = loopOf.get(s.loopId)?.candidateName ?? '';
      if (s.role === 'candidate' && span) return [{ loopId: s.loopId, candidateName, role: 'candidate' as const, roundTitle: null, ...span }];
      if (s.role === 'interviewer' && s.roundStartsAt && s.roundMinutes) {
        return [{ loopId: s.loopId, candidateName, role: 'interviewer' as const, roundTitle: s.roundTitle, startsAt: s.roundStartsAt, endsAt: new Date(s.roundStartsAt.getTime() + s.roundMinutes * 60_000) }];
      }
      return [];
    });
  }
  return withoutFacts(buildGroupCalendar(principal.groupName, seats, baseUrl));
}
