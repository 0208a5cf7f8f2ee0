/**
 * Invite links carry the token in the URL fragment (`/join#token=...`): browsers never send
 * a fragment to the server, so it stays out of access logs and Referer headers. The join
 * page moves it to storage and from then on sends it as a bearer credential.
 */
export const JOIN_PATH = '/join';

export function inviteUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, '')}${JOIN_PATH}#token=${encodeURIComponent(token)}`;
}

/** Reads the token back from a join URL's fragment ("#token=..."), or null. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}
