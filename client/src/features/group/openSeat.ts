import { groupsApi } from '../../api/groups';
import { saveToken } from '../../session/tokens';

/** Gets a fresh loop link for one of the caller's seats, keeps it, and returns where to go. */
export async function openSeat(groupId: string, participantId: string, groupToken: string): Promise<string> {
  const link = await groupsApi.openSeat(groupId, participantId, groupToken);
  saveToken(link.loopId, link.token);
  return `/loops/${link.loopId}`;
}
