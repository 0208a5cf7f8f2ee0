/**
 * The outcome of a clock command. The shape matches the socket ack
 * (`{ ok: true, data } | { ok: false, error: { code, message } }`), so a handler can pass a
 * refusal straight through: messages are written for the person who pressed the button.
 */

/** A subset of the API's `ErrorCode`, so a clock result is also a valid ack. */
export type ClockErrorCode = 'invalid-transition' | 'bad-request';

export interface ClockError {
  code: ClockErrorCode;
  message: string;
}

export type ClockResult<T> = { ok: true; data: T } | { ok: false; error: ClockError };

/** A successful result. */
export function ok<T>(data: T): ClockResult<T> {
  return { ok: true, data };
}

/** A refused command with a plain-language reason. */
export function refuse<T>(code: ClockErrorCode, message: string): ClockResult<T> {
  return { ok: false, error: { code, message } };
}
