import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiErrorBody, CustomQuestionRequest, LoopIdParams, RoundQuestions, Scorecard } from '@mockloop/shared';
import { deliverTo } from '../application/facts.js';
import { addQuestion, roundQuestions } from '../application/questions.js';
import { readScorecard } from '../application/scorecards.js';
import { exampleCustomQuestion } from './examples.js';
import { requireLoopMember, requireRole } from '../plugins/auth.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody };
const bearer = [{ inviteToken: [] }];

/** Questions for a round, organizers' own questions, and reading a scorecard when allowed. */
export async function scorecardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const deliver = deliverTo(app.facts);

  r.get(
    '/api/loops/:loopId/rounds/:roundId/questions',
    {
      schema: {
        tags: ['interviews'],
        summary: "The round's LPs with their questions and probes (its interviewer only)",
        security: bearer,
        params: z.object({ loopId: z.uuid(), roundId: z.uuid() }),
        response: { 200: RoundQuestions, ...errors },
      },
    },
    async (request) => {
      const principal = requireLoopMember(request, request.params.loopId);
      return deliver(await roundQuestions({ db }, principal, request.params.roundId));
    },
  );

  r.post(
    '/api/loops/:loopId/questions',
    {
      schema: {
        tags: ['interviews'],
        summary: 'Add your own question to this loop (organizer)',
        security: bearer,
        params: LoopIdParams,
        body: CustomQuestionRequest.meta({ example: exampleCustomQuestion }),
        response: { 201: z.object({ id: z.uuid() }), ...errors },
      },
    },
    async (request, reply) => {
      const principal = requireLoopMember(request, request.params.loopId);
      requireRole(principal, ['organizer'], 'add questions');
      return reply.code(201).send(deliver(await addQuestion({ db }, principal, request.body)));
    },
  );

  r.get(
    '/api/loops/:loopId/scorecards/:scorecardId',
    {
      schema: {
        tags: ['interviews'],
        summary: 'A scorecard: its author any time; other interviewers after submitting theirs, once the debrief is open',
        security: bearer,
        params: z.object({ loopId: z.uuid(), scorecardId: z.uuid() }),
        response: { 200: Scorecard, ...errors },
      },
    },
    async (request) => {
      const principal = requireLoopMember(request, request.params.loopId);
      return deliver(await readScorecard({ db }, principal, request.params.scorecardId));
    },
  );
}
