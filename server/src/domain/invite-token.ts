import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the whole credential of an invite link. */
export function newInviteToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored; a database leak does not leak working links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
