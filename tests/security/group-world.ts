import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { createGroup, groupRequest, planAndCreateSeries } from '../helpers/group.js';

/**
 * A group seen from every seat, for the group authorisation matrix: its organizer, the member
 * a route is about ("self"), another member, a revoked member, the organizer and a member of
 * another group, a loop's invite token, and nobody. The group has created one series, so
 * seats exist.
 */
export const GROUP_ROLES = [
  'group-organizer',
  'member-self',
  'other-member',
  'revoked-member',
  'organizer-of-another-group',
  'member-of-another-group',
  'loop-token',
  'no-token',
] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** Anyone holding a live link of this group. */
export const GROUP_MEMBERS: GroupRole[] = ['member-self', 'other-member'];
export const ANY_GROUP_LINK: GroupRole[] = ['group-organizer', ...GROUP_MEMBERS, 'organizer-of-another-group', 'member-of-another-group'];

export type GroupWorld = Awaited<ReturnType<typeof createGroupWorld>>;

export async function createGroupWorld(url: string) {
  const group = await createGroup(url, groupRequest(7));
  const other = await createGroup(url, { ...groupRequest(2), name: 'Another group' });
  const loop = await createLoop(url, loopRequest());
  const revoked = group.members[6]!;
  const revoke = await api(url, `/api/groups/${group.groupId}/members/${revoked.memberId}/link`, { method: 'DELETE', token: group.organizer.token });
  if (revoke.status !== 204) throw new Error(`could not revoke: ${revoke.status}`);
  // The series is planned without the revoked member (they left the group).
  await planAndCreateSeries(url, group);
  const self = group.members[0]!;
  const home = (await api(url, `/api/groups/${group.groupId}/me`, { token: self.token })).body as { seats: { participantId: string; role: string }[] };
  const tokens: Record<GroupRole, string | undefined> = {
    'group-organizer': group.organizer.token,
    'member-self': self.token,
    'other-member': group.members[1]!.token,
    'revoked-member': revoked.token,
    'organizer-of-another-group': other.organizer.token,
    'member-of-another-group': other.members[0]!.token,
    'loop-token': loop.organizer.token,
    'no-token': undefined,
  };
  return {
    group,
    groupId: group.groupId,
    memberId: self.memberId,
    seatId: home.seats.find((s) => s.role === 'candidate')!.participantId,
    tokens,
    /** Strings a refused caller must never see. */
    secrets: [group.organizer.token, ...group.members.map((m) => m.token)],
  };
}
