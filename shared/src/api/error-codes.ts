/**
 * The error codes as plain data, in a module without zod, so the client can recognise an
 * error body without downloading zod (see `ErrorCode` in `errors.ts` for their meaning).
 */
export const ERROR_CODES = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'invalid-transition',
  'locked',
  'out-of-order',
  'rate-limited',
  'payload-too-large',
  'unavailable',
  'internal',
] as const;
