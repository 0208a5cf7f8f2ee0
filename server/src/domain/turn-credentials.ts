import { createHmac } from 'node:crypto';
import type { IceServer } from '@mockloop/shared';

/** TURN over a shared secret, as coturn's `use-auth-secret` (the "TURN REST API") expects. */
export type TurnConfig = { urls: string[]; secret: string; ttlSeconds: number };

/**
 * Time-limited TURN credentials for one participant: the username is
 * `<expiry unix seconds>:<participantId>`, the password base64(HMAC-SHA1(secret, username)).
 * coturn recomputes the HMAC and refuses the username once its expiry has passed, so a leaked
 * credential is worthless after `ttlSeconds` and MockLoop stores nothing.
 */
export function turnCredentials(turn: TurnConfig, participantId: string, nowMs: number): { username: string; credential: string; expiresAt: number } {
  const expiry = Math.floor(nowMs / 1000) + turn.ttlSeconds;
  const username = `${expiry}:${participantId}`;
  const credential = createHmac('sha1', turn.secret).update(username).digest('base64');
  return { username, credential, expiresAt: expiry * 1000 };
}

/** The ICE servers one participant's browser gets: the configured ones plus TURN, if set. */
export function iceServersFor(
  ice: { servers: IceServer[]; turn: TurnConfig | undefined },
  participantId: string,
  nowMs: number,
): { iceServers: IceServer[]; iceExpiresAt: number | null } {
  if (!ice.turn) return { iceServers: ice.servers, iceExpiresAt: null };
  const { username, credential, expiresAt } = turnCredentials(ice.turn, participantId, nowMs);
  return { iceServers: [...ice.servers, { urls: ice.turn.urls, username, credential }], iceExpiresAt: expiresAt };
}
