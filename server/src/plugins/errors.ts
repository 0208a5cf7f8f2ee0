import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ApiErrorBody, ErrorCode } from '@mockloop/shared';
import { isDatabaseUnavailable, isUnstorableText, UNSTORABLE_TEXT } from '../db/failures.js';
import { DomainError, httpStatusOf } from '../domain/errors.js';

/** An error a handler throws on purpose; its code and message are safe to show a client. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string, details?: unknown) {
  const body: ApiErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'bad-request',
  423: 'locked',
  429: 'rate-limited',
  503: 'unavailable',
};

/**
 * Errors Fastify raises before routing (a malformed URL, an over-long path parameter): passed
 * as the `frameworkErrors` option, so even these answer in the one error format.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_BAD_URL') return sendError(reply, 400, 'bad-request', 'This address is not valid.');
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendError(reply, 400, 'bad-request', 'A part of this address is too long.');
  return sendError(reply, 500, 'internal', 'Something went wrong on our side.');
}

/** One error format for every 4xx/5xx: `{ error: { code, message, details? } }`. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return sendError(reply, error.statusCode, error.code, error.message, error.details);
    }
    if (error instanceof DomainError) {
      return sendError(reply, httpStatusOf(error.code), error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message ?? 'is invalid',
      }));
      const first = issues[0];
      const message = first ? `${first.path}: ${first.message}` : 'The request is invalid.';
      return sendError(reply, 400, 'bad-request', message, { issues });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '2');
      return sendError(reply, 503, 'unavailable', 'The service is briefly unavailable; please try again in a moment.');
    }
    if (isUnstorableText(error)) {
      return sendError(reply, 400, 'bad-request', UNSTORABLE_TEXT);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendError(reply, 500, 'internal', 'Something went wrong on our side.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, status, status === 503 ? 'unavailable' : 'internal', 'Something went wrong on our side.');
    }
    // Fastify's own 4xx (bad JSON, body too large, wrong content type): its message is safe.
    return sendError(reply, status, CODE_BY_STATUS[status] ?? 'bad-request', error.message);
  });
}
