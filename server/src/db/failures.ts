/**
 * How a database failure should look to a client. Drizzle wraps driver errors, so each check
 * walks the cause chain.
 */

/**
 * Whether an error means "the database cannot be reached right now" rather than "this query
 * is wrong": such failures become 503 `unavailable` (HTTP) or an `unavailable` ack (sockets),
 * which clients retry, instead of a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someCause(error, ({ code, message }) =>
    (typeof code === 'string' && (NETWORK_CODES.has(code) || isUnavailableSqlState(code))) ||
    (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))),
  );
}

/**
 * A value Postgres cannot store or read as its type (U+0000, a lone surrogate in JSON, a
 * malformed literal) that got past validation: the request is at fault, so it is a 400
 * rather than a 500. SQLSTATE 22021, 22P05 and 22P02. The edges already replace such
 * characters (domain/storable-text.ts); this is the net under them.
 */
export const UNSTORABLE_TEXT = 'The request holds a value that cannot be stored (such as the character U+0000).';

export function isUnstorableText(error: unknown): boolean {
  return someCause(error, ({ code }) => code === '22021' || code === '22P05' || code === '22P02');
}

function someCause(error: unknown, test: (e: { code?: unknown; message?: unknown }) => boolean): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    if (test(current as { code?: unknown; message?: unknown })) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Socket errors (Node) and connection errors (the `postgres` driver). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** SQLSTATE class 08 (connection exception), shutdown in progress, starting up, too many connections. */
function isUnavailableSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code);
}

const UNAVAILABLE_MESSAGES = [/^PGlite is clos(ed|ing)$/, /^database did not answer within/];
