import { groupsApi } from '../../api/groups';
import { loopsApi } from '../../api/loops';
import { identities } from '../../session/tokens';

/** Gets a fresh loop link for one of the caller's seats, keeps it, and returns where to go. */
export async function openSeat(groupId: string, participantId: string, groupToken: string): Promise<string> {
  const link = await groupsApi.openSeat(groupId, participantId, groupToken);
  // Who the seat is, so the switcher can name it; the loop page adds the round and the loop's name.
  const { viewer } = await loopsApi.session(link.token);
  const identity = { loopId: link.loopId, participantId: viewer.participantId, token: link.token, name: viewer.name, role: viewer.role };
  identities().remember({ ...identity, isBarRaiser: viewer.isBarRaiser, roundPosition: null, candidateName: null }, true);
  return `/loops/${link.loopId}`;
}
