import { z } from 'zod';
import { ERROR_CODES } from './error-codes.js';

/**
 * The small, closed list of error codes a client can receive. Internal messages never
 * leave the server: every failure is mapped to one of these.
 */
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One error body for every 4xx/5xx HTTP response. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** One ack shape for every socket command; `details` only where a code documents it (`out-of-order`: `{ expectedSeq }`). */
export type Ack<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; details?: unknown } };
export type AckCallback<T> = (ack: Ack<T>) => void;
