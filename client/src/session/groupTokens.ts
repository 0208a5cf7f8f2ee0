/**
 * Group links kept in this browser, one per group (the organizer's or a member's), like the
 * loop tokens beside them: in localStorage, never in a URL once the group join page read it.
 */
const KEY_PREFIX = 'mockloop:group:';

export function saveGroupToken(groupId: string, token: string): void {
  localStorage.setItem(KEY_PREFIX + groupId, token);
}

export function groupTokenFor(groupId: string): string | null {
  return localStorage.getItem(KEY_PREFIX + groupId);
}
