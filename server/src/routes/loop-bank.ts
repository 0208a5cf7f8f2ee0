import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiErrorBody, AttachBank, BankOwnerLink, LoopBank, LoopIdParams, ShareBankTitles } from '@mockloop/shared';
import { attachLoopBank, createLoopBank, detachLoopBank, readLoopBank, shareLoopBank } from '../application/bank-loops.js';
import { deliverTo } from '../application/facts.js';
import { requireLoopMember } from '../plugins/auth.js';
import { exampleBank } from './examples.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody };
const bearer = [{ inviteToken: [] }];
const tags = ['bank'];

/** A loop's story bank: its candidate creates, attaches and shares it; its interviewers read the titles. */
export async function loopBankRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: app.database.db };
  const deliver = deliverTo(app.facts);

  r.get(
    '/api/loops/:loopId/bank',
    { schema: { tags, summary: "The bank's titles: the candidate always; the loop's interviewers only while shared (never the text)", security: bearer, params: LoopIdParams, response: { 200: LoopBank, ...errors } } },
    async (request) => deliver(await readLoopBank(deps, requireLoopMember(request, request.params.loopId))),
  );

  r.post(
    '/api/loops/:loopId/bank',
    {
      schema: {
        tags,
        summary: 'Create a story bank for this loop (candidate); the owner link is in the answer only',
        description: 'Open the bank at `/bank#<ownerToken>`. Only a hash of the token is kept: lose it and the bank cannot be opened.',
        security: bearer,
        params: LoopIdParams,
        response: { 201: BankOwnerLink, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(deliver(await createLoopBank(deps, requireLoopMember(request, request.params.loopId)))),
  );

  r.post(
    '/api/loops/:loopId/bank/attach',
    { schema: { tags, summary: 'Attach a bank you own (its owner link token) to this loop, unshared (candidate)', security: bearer, params: LoopIdParams, body: AttachBank.meta({ example: exampleBank.attach }), response: { 200: LoopBank, ...errors } } },
    async (request) => deliver(await attachLoopBank(deps, requireLoopMember(request, request.params.loopId), request.body.ownerToken)),
  );

  r.post(
    '/api/loops/:loopId/bank/share',
    { schema: { tags, summary: "Share the bank's titles with this loop's interviewers, or stop (candidate)", security: bearer, params: LoopIdParams, body: ShareBankTitles.meta({ example: exampleBank.share }), response: { 200: LoopBank, ...errors } } },
    async (request) => deliver(await shareLoopBank(deps, requireLoopMember(request, request.params.loopId), request.body.shared)),
  );

  r.delete(
    '/api/loops/:loopId/bank',
    { schema: { tags, summary: 'Detach the bank from this loop (candidate); the bank itself stays', security: bearer, params: LoopIdParams, response: { 204: z.null().describe('Detached'), ...errors } } },
    async (request, reply) => {
      deliver(await detachLoopBank(deps, requireLoopMember(request, request.params.loopId)));
      return reply.code(204).send(null);
    },
  );
}
