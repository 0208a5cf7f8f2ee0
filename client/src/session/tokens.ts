/**
 * Invite tokens kept in this browser, one per loop: the last link opened for a loop decides
 * the role this browser has in it. Stored in localStorage so a closed tab or a reload keeps
 * the session; tokens never go into a URL after the join page has read them.
 */
const KEY_PREFIX = 'mockloop:token:';

export function saveToken(loopId: string, token: string): void {
  localStorage.setItem(KEY_PREFIX + loopId, token);
}

export function tokenFor(loopId: string): string | null {
  return localStorage.getItem(KEY_PREFIX + loopId);
}
