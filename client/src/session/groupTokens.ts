/**
 * Group links kept in this browser, the organizer's and a member's side by side (an organizer
 * is often a member of their own group too): in localStorage, never in a URL once the group
 * join page read them. A page both may open (a member's report) uses the kind this tab last
 * opened, kept in sessionStorage so another tab never changes it.
 */
export type GroupLinkKind = 'organizer' | 'member';

const KEY_PREFIX = 'mockloop:group:';
const TAB_KEY_PREFIX = 'mockloop:tab-group:';

export function saveGroupToken(groupId: string, kind: GroupLinkKind, token: string): void {
  localStorage.setItem(`${KEY_PREFIX}${kind}:${groupId}`, token);
  chooseGroupLinkForTab(groupId, kind);
}

/** This browser's group link of that kind; a link kept before kinds were told apart serves both. */
export function groupTokenFor(groupId: string, kind: GroupLinkKind | 'this-tab'): string | null {
  if (kind === 'this-tab') {
    const chosen = sessionStorage.getItem(TAB_KEY_PREFIX + groupId);
    const order: GroupLinkKind[] = chosen === 'member' ? ['member', 'organizer'] : ['organizer', 'member'];
    return order.map((k) => localStorage.getItem(`${KEY_PREFIX}${k}:${groupId}`)).find((token) => token !== null) ?? localStorage.getItem(KEY_PREFIX + groupId);
  }
  return localStorage.getItem(`${KEY_PREFIX}${kind}:${groupId}`) ?? localStorage.getItem(KEY_PREFIX + groupId);
}

/** Remembers which of its group links this tab is using. */
export function chooseGroupLinkForTab(groupId: string, kind: GroupLinkKind): void {
  sessionStorage.setItem(TAB_KEY_PREFIX + groupId, kind);
}
