import { useEffect } from 'react';
import { groupTokenFor, chooseGroupLinkForTab, type GroupLinkKind } from '../../session/groupTokens';

/**
 * The group link this browser holds for a group page, or null (then the page asks for the link).
 * `kind`: the organizer's pages and a member's home each take their own link; a page both open
 * takes the one this tab last used.
 */
export function useGroupToken(groupId: string, kind: GroupLinkKind | 'this-tab'): string | null {
  useEffect(() => {
    if (kind !== 'this-tab') chooseGroupLinkForTab(groupId, kind);
  }, [groupId, kind]);
  return groupTokenFor(groupId, kind);
}
