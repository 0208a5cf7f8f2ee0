import { groupTokenFor } from '../../session/groupTokens';

/** The group link this browser holds for a group, or null (then the page asks for the link). */
export function useGroupToken(groupId: string): string | null {
  return groupTokenFor(groupId);
}
