import type { ErrorCode } from '@mockloop/shared';

/**
 * A refusal the domain makes on purpose (not found, forbidden, locked...). Its code and
 * message are safe to show; HTTP routes and socket acks both map it to their own shape.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

const STATUS: Record<ErrorCode, number> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'invalid-transition': 409,
  locked: 423,
  'out-of-order': 409,
  'rate-limited': 429,
  'payload-too-large': 413,
  unavailable: 503,
  internal: 500,
};

export function httpStatusOf(code: ErrorCode): number {
  return STATUS[code];
}
