import type { FastifyRequest } from 'fastify';
import { ApiErrorBody } from '@mockloop/shared';

export const groupErrors = {
  400: ApiErrorBody,
  401: ApiErrorBody,
  403: ApiErrorBody,
  404: ApiErrorBody,
  409: ApiErrorBody,
  413: ApiErrorBody.describe('Body over 256 KB (payload-too-large)'),
  429: ApiErrorBody,
};
export const groupLink = [{ groupLink: [] }];

/** Where links point: PUBLIC_URL when set, else the address the request came in on. */
export function publicBase(request: FastifyRequest): string {
  return request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
}
