import { z } from 'zod';
import { isTimeZone } from '../loop/schedule.js';
import { TargetRole } from '../loop/target-role.js';
import { ParticipantRole } from '../scales.js';
import { PersonName, Title } from '../text.js';
import { GROUP_SIZE } from './series-schema.js';

/**
 * The group contract: a standing peer group, its members and their personal links. A member
 * link opens the member's home; the organizer link opens the group page. Both are capability
 * links like invite links: a 256-bit token in the URL fragment, only its hash stored.
 */

const Id = z.uuid();
const Instant = z.iso.datetime({ offset: true });
export const TimeZone = z.string().max(64).refine(isTimeZone, 'must be a time zone such as Europe/London or America/New_York');

export const GroupMemberInput = z.object({
  name: PersonName,
  targetRole: TargetRole,
  timeZone: TimeZone,
  /** False: this member only interviews in the next series. */
  wantsToBeCandidate: z.boolean().default(true),
});
export type GroupMemberInput = z.output<typeof GroupMemberInput>;

export const CreateGroupRequest = z
  .object({
    name: Title,
    organizer: z.object({ name: PersonName }),
    members: z.array(GroupMemberInput).max(GROUP_SIZE.max, `a group has at most ${GROUP_SIZE.max} members`).default([]),
  })
  .strict();
export type CreateGroupRequest = z.output<typeof CreateGroupRequest>;
export type CreateGroupRequestInput = z.input<typeof CreateGroupRequest>;

export const UpdateMemberRequest = GroupMemberInput.partial().strict();
export type UpdateMemberRequest = z.output<typeof UpdateMemberRequest>;

/** A personal link as the API returns it: the only time the token is shown. */
export const GroupLink = z.object({ token: z.string(), url: z.string() });
export type GroupLink = z.infer<typeof GroupLink>;

export const MemberLink = GroupLink.extend({ memberId: Id, name: z.string() });
export type MemberLink = z.infer<typeof MemberLink>;

export const CreateGroupResponse = z.object({ groupId: Id, organizer: GroupLink, members: z.array(MemberLink) });
export type CreateGroupResponse = z.infer<typeof CreateGroupResponse>;

export const GroupMemberView = z.object({
  id: Id,
  name: z.string(),
  targetRole: TargetRole,
  timeZone: z.string(),
  wantsToBeCandidate: z.boolean(),
  linkActive: z.boolean(),
  linkIssuedAt: Instant,
});
export type GroupMemberView = z.infer<typeof GroupMemberView>;

export const LoopProgress = z.enum(['upcoming', 'running', 'debrief', 'decided', 'published']);
export type LoopProgress = z.infer<typeof LoopProgress>;

/** One loop the group created, as the organizer's page lists it. */
export const GroupLoopSummary = z.object({
  loopId: Id,
  series: z.int(),
  candidateMemberId: Id,
  candidateName: z.string(),
  startsAt: Instant,
  timeZone: z.string(),
  progress: LoopProgress,
  /** The organizer's own seat in this loop, for opening it from the group page. */
  organizerParticipantId: Id.nullable(),
  interviewers: z.array(z.object({ memberId: Id, name: z.string(), roundPosition: z.int(), isBarRaiser: z.boolean() })),
});
export type GroupLoopSummary = z.infer<typeof GroupLoopSummary>;

export const GroupView = z.object({
  id: Id,
  name: z.string(),
  organizerName: z.string(),
  members: z.array(GroupMemberView),
  loops: z.array(GroupLoopSummary),
});
export type GroupView = z.infer<typeof GroupView>;

export const GroupSession = z.object({
  groupId: Id,
  groupName: z.string(),
  kind: z.enum(['organizer', 'member']),
  memberId: Id.nullable(),
  name: z.string(),
});
export type GroupSession = z.infer<typeof GroupSession>;

/** A seat a member (or the organizer) holds in a group loop: their way into that loop. */
export const GroupSeat = z.object({
  participantId: Id,
  loopId: Id,
  role: ParticipantRole,
  candidateName: z.string(),
  loopStartsAt: Instant,
  timeZone: z.string(),
  progress: LoopProgress,
  roundPosition: z.int().nullable(),
  roundTitle: z.string().nullable(),
  roundStartsAt: Instant.nullable(),
  isBarRaiser: z.boolean(),
});
export type GroupSeat = z.infer<typeof GroupSeat>;

/** A fresh loop link for one of the caller's own seats (opening it elsewhere signs the old one out). */
export const SeatLink = z.object({ loopId: Id, participantId: Id, token: z.string(), url: z.string() });
export type SeatLink = z.infer<typeof SeatLink>;

export const GroupIdParams = z.object({ groupId: Id });
export const GroupMemberParams = z.object({ groupId: Id, memberId: Id });
export const GroupSeatParams = z.object({ groupId: Id, participantId: Id });

/** Group links open `/group#token=...`; the fragment never reaches a server log. */
export const GROUP_JOIN_PATH = '/group';

export function groupLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, '')}${GROUP_JOIN_PATH}#token=${encodeURIComponent(token)}`;
}

/** What a member's link opens: their seats in every role, their marked times, the group. */
export const MemberHome = z.object({
  group: z.object({ id: Id, name: z.string() }),
  member: z.object({ id: Id, name: z.string(), targetRole: TargetRole, timeZone: z.string(), wantsToBeCandidate: z.boolean() }),
  members: z.array(z.object({ id: Id, name: z.string() })),
  seats: z.array(GroupSeat),
  availability: z.array(z.object({ startsAt: Instant, endsAt: Instant })),
});
export type MemberHome = z.infer<typeof MemberHome>;
