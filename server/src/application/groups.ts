import type { CreateGroupRequest, GroupMemberInput, GroupMemberView, GroupSession, GroupView, UpdateMemberRequest } from '@mockloop/shared';
import { GROUP_SIZE } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import type { GroupPrincipal } from '../domain/group-principal.js';
import { loopProgress } from '../domain/group-progress.js';
import { hashToken, newInviteToken } from '../domain/invite-token.js';
import { groupLoopRows, groupSeatRows, organizerSeatRows, startedLoopIds } from '../repositories/group-loops.js';
import { withoutFacts, type Outcome } from './facts.js';
import { countMembers, insertGroup, insertMembers, loadGroup, replaceMemberToken, revokeMemberToken, updateMember, type MemberRow } from '../repositories/groups.js';

type GroupDeps = { db: Database; now: () => number };

/** A link's token exists only in the answer that creates it. */
export type IssuedMember = { memberId: string; name: string; token: string };

const noSuchMember = () => new DomainError('not-found', 'No such member.');

/** Someone sets up a group: the group, its organizer link and one link per member, together. */
export async function createGroup(deps: Pick<GroupDeps, 'db'>, request: CreateGroupRequest): Promise<Outcome<{ groupId: string; organizerToken: string; members: IssuedMember[] }>> {
  const organizerToken = newInviteToken();
  const created = await deps.db.transaction(async (tx) => {
    const groupId = await insertGroup(tx, { name: request.name, organizerName: request.organizer.name, organizerTokenHash: hashToken(organizerToken) });
    const members = await issueMembers(tx, groupId, request.members);
    return { groupId, organizerToken, members };
  });
  return withoutFacts(created);
}

/** The organizer adds a member; the group's size is checked in the transaction that writes. */
export async function addMember(deps: Pick<GroupDeps, 'db'>, organizer: GroupPrincipal, member: GroupMemberInput): Promise<Outcome<IssuedMember>> {
  const issued = await deps.db.transaction(async (tx) => {
    if ((await countMembers(tx, organizer.groupId)) >= GROUP_SIZE.max) throw new DomainError('conflict', `A group has at most ${GROUP_SIZE.max} members.`);
    const [issued] = await issueMembers(tx, organizer.groupId, [member]);
    return issued!;
  });
  return withoutFacts(issued);
}

async function issueMembers(db: Parameters<typeof insertMembers>[0], groupId: string, members: readonly GroupMemberInput[]): Promise<IssuedMember[]> {
  const tokens = members.map(() => newInviteToken());
  const rows = await insertMembers(db, groupId, members.map((m, i) => ({ ...m, tokenHash: hashToken(tokens[i]!) })));
  return rows.map((row, i) => ({ memberId: row.id, name: row.name, token: tokens[i]! }));
}

/** The organizer edits a member's name, role, zone or wish to be a candidate. */
export async function editMember(deps: Pick<GroupDeps, 'db'>, organizer: GroupPrincipal, memberId: string, change: UpdateMemberRequest): Promise<Outcome<GroupMemberView>> {
  const row = await updateMember(deps.db, organizer.groupId, memberId, change);
  if (!row) throw noSuchMember();
  return withoutFacts(memberView(row));
}

/** A new member link; the old one stops working at once. */
export async function reissueMemberLink(deps: GroupDeps, organizer: GroupPrincipal, memberId: string): Promise<Outcome<IssuedMember>> {
  const token = newInviteToken();
  const row = await replaceMemberToken(deps.db, organizer.groupId, memberId, hashToken(token), new Date(deps.now()));
  if (!row) throw noSuchMember();
  return withoutFacts({ memberId: row.id, name: row.name, token });
}

/** The member link stops working at once; the member's loop seats and history stay. */
export async function revokeMemberLink(deps: GroupDeps, organizer: GroupPrincipal, memberId: string): Promise<Outcome<null>> {
  if (!(await revokeMemberToken(deps.db, organizer.groupId, memberId, new Date(deps.now())))) throw noSuchMember();
  return withoutFacts(null);
}

/** The organizer's page: members, link states and every loop the group created. */
export async function readGroup(deps: Pick<GroupDeps, 'db'>, organizer: GroupPrincipal): Promise<Outcome<GroupView>> {
  const loaded = await loadGroup(deps.db, organizer.groupId);
  if (!loaded) throw new DomainError('not-found', 'No such group.');
  const [loopRows, seats, own] = await Promise.all([groupLoopRows(deps.db, organizer.groupId), groupSeatRows(deps.db, organizer.groupId), organizerSeatRows(deps.db, organizer.groupId)]);
  const started = await startedLoopIds(deps.db, loopRows.map((l) => l.loopId));
  return withoutFacts({
    id: loaded.group.id,
    name: loaded.group.name,
    organizerName: loaded.group.organizerName,
    members: loaded.members.map(memberView),
    loops: loopRows.map((loop) => ({
      loopId: loop.loopId,
      series: loop.series,
      candidateMemberId: loop.candidateMemberId,
      candidateName: loop.candidateName,
      startsAt: loop.startsAt.toISOString(),
      timeZone: loop.timeZone,
      progress: loopProgress(loop.debriefPhase, started.has(loop.loopId)),
      organizerParticipantId: own.find((seat) => seat.loopId === loop.loopId)?.participantId ?? null,
      interviewers: seats
        .filter((s) => s.loopId === loop.loopId && s.role === 'interviewer')
        .map((s) => ({ memberId: s.memberId, name: s.memberName, roundPosition: s.roundPosition ?? 0, isBarRaiser: s.isBarRaiser })),
    })),
  });
}

/** Who a group link belongs to. */
export function groupSession(principal: GroupPrincipal): Outcome<GroupSession> {
  return withoutFacts({ groupId: principal.groupId, groupName: principal.groupName, kind: principal.kind, memberId: principal.memberId, name: principal.name });
}

function memberView(row: MemberRow): GroupMemberView {
  return {
    id: row.id,
    name: row.name,
    targetRole: row.targetRole as GroupMemberView['targetRole'],
    timeZone: row.timeZone,
    wantsToBeCandidate: row.wantsToBeCandidate,
    linkActive: row.revokedAt === null,
    linkIssuedAt: row.tokenIssuedAt.toISOString(),
  };
}
