/**
 * A small typed fetch wrapper for the MockLoop JSON API (`/api/*`, same origin).
 * Every failure - HTTP error, network failure, unreadable body - surfaces as one `ApiError`,
 * so components and the query cache only ever handle a single error type.
 */
import { ERROR_CODES } from '@mockloop/shared/api/error-codes';
import type { ApiErrorBody, ErrorCode } from '@mockloop/shared/api/errors';

/** What an HTTP status means when the body is not our error shape (a proxy page, an empty 502). */
const codeForStatus: Partial<Record<number, ErrorCode>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  423: 'locked',
  429: 'rate-limited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the request never reached the server (then `code` is 'unavailable'). */
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialized as JSON. */
  body?: unknown;
  /** A participant or organizer token from a loop link; sent as `Authorization: Bearer`. */
  token?: string | null;
  signal?: AbortSignal;
}

/**
 * Calls `path` (e.g. `/api/loops`) and returns the JSON body as the contract's type `T`, or
 * `undefined` for 204. Bodies are not re-validated here: the server validates what it sends
 * against the same shared contract, and checking again would put zod (about 27 kB gzip) on
 * every page a candidate or interviewer opens (README "Bundle size").
 */
export async function apiFetch<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { method = 'GET', body, token, signal } = options;
  const headers = new Headers({ Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
      credentials: 'same-origin',
    });
  } catch (cause) {
    // Let callers (React Query, effects) see a cancelled request as what it is.
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'unavailable', 'Could not reach the MockLoop server. Check your connection and try again.');
  }

  const data = await readJson(response);

  if (!response.ok) throw toApiError(response, data);
  if (data === undefined) return undefined as T;
  return data as T;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy or gateway error page, not our API: report it without leaking the HTML.
    if (!response.ok) return undefined;
    throw new ApiError(response.status, 'internal', 'The server sent a response MockLoop could not read.');
  }
}

function toApiError(response: Response, data: unknown): ApiError {
  if (isApiErrorBody(data)) {
    const { code, message, details } = data.error;
    return new ApiError(response.status, code, message, details);
  }
  const code = codeForStatus[response.status] ?? (response.status >= 500 ? 'internal' : 'bad-request');
  return new ApiError(response.status, code, `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
}

/** Our error shape, told apart from a proxy's or gateway's body that only shares the status. */
function isApiErrorBody(data: unknown): data is ApiErrorBody {
  if (typeof data !== 'object' || data === null || !('error' in data)) return false;
  const { error } = data;
  if (typeof error !== 'object' || error === null || !('code' in error) || !('message' in error)) return false;
  return (ERROR_CODES as readonly unknown[]).includes(error.code) && typeof error.message === 'string';
}
