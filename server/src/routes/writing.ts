import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiErrorBody, LoopIdParams, PROMPT_BANK, PromptBankResponse, WORDS_PER_PAGE, WritingExercise, WritingReviewDraft, WritingReviews, WritingSetupRequest } from '@mockloop/shared';
import { readWriting, setUpWriting, type WritingDeps } from '../application/writing.js';
import { readWritingReviews, saveWritingReview, submitWritingReview } from '../application/writing-reviews.js';
import { deliverTo } from '../application/facts.js';
import { requireLoopMember } from '../plugins/auth.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 423: ApiErrorBody };
const bearer = [{ inviteToken: [] }];
const tags = ['writing'];

const exampleSetup: WritingSetupRequest = {
  prompts: [{ bankId: 'narrative-hard-decision' }, { bankId: 'prfaq-small-business-returns' }],
  mode: { type: 'take-home', dueAt: '2026-12-04T18:00:00Z' },
  lengthLimit: { unit: 'pages', value: 2 },
  reviewerIds: ['5b7c1d2e-3f40-4a51-8b62-7c83d94ea5f6'],
};

const exampleReview: WritingReviewDraft = {
  ratings: { clarity: 'meets', structure: 'meets', 'customer-focus': 'raises-the-bar', data: 'below', 'lps-shown': 'meets' },
  lpsShown: ['customer-obsession', 'bias-for-action'],
  vote: 'inclined-hire',
  summary: 'Starts from a named customer and argues plainly; the results lack a baseline.',
  practice: 'Give every number its baseline.',
  comments: [{ id: '0b7e6c2a-5d1f-4e3a-9c8b-7a6f5e4d3c2b', anchor: { from: 112, to: 127, quote: 'two weeks early', prefix: 'we shipped the smaller release ', suffix: ', before the peak' }, body: 'What told you two weeks was enough?' }],
};

/**
 * The writing exercise over HTTP: the prompt bank, the organizer's setup, the exercise as each
 * member may see it, and the reviewers' reviews. The candidate's writing goes over the socket
 * (`writing:*`, docs/socket-events.md). Adapters only: parse, call one use case, publish, reply.
 */
export async function writingRoutes(app: FastifyInstance, options: { writing: Omit<WritingDeps, 'db' | 'now'> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = (): WritingDeps => ({ db: app.database.db, now: app.now, ...options.writing });
  const deliver = deliverTo(app.facts);

  r.get('/api/writing/prompts', { schema: { tags, summary: 'The prompt bank shipped with MockLoop, and how many words make a page', response: { 200: PromptBankResponse } } }, async () => ({
    prompts: [...PROMPT_BANK],
    wordsPerPage: WORDS_PER_PAGE,
  }));

  r.get(
    '/api/loops/:loopId/writing',
    { schema: { tags, summary: "The loop's writing exercise (any member; the text only to the candidate, and to its reviewers once submitted or locked)", security: bearer, params: LoopIdParams, response: { 200: WritingExercise, ...errors } } },
    async (request) => deliver(await readWriting(deps(), requireLoopMember(request, request.params.loopId))),
  );

  r.post(
    '/api/loops/:loopId/writing',
    {
      schema: {
        tags,
        summary: 'Add or change the writing exercise: two prompts, take-home or timed, a length limit, reviewers (organizer; until the candidate begins)',
        security: bearer,
        params: LoopIdParams,
        body: WritingSetupRequest.meta({ example: exampleSetup }),
        response: { 200: WritingExercise, ...errors },
      },
    },
    async (request) => deliver(await setUpWriting(deps(), requireLoopMember(request, request.params.loopId), request.body)),
  );

  r.get(
    '/api/loops/:loopId/writing/reviews',
    { schema: { tags, summary: "Your review of the writing exercise, and the others' once yours is submitted and the debrief is open (reviewers)", security: bearer, params: LoopIdParams, response: { 200: WritingReviews, ...errors } } },
    async (request) => deliver(await readWritingReviews(deps(), requireLoopMember(request, request.params.loopId))),
  );

  r.post(
    '/api/loops/:loopId/writing/review',
    { schema: { tags, summary: 'Save your review draft: rubric, LPs shown, vote, anchored comments (reviewers, once the text is final)', security: bearer, params: LoopIdParams, body: WritingReviewDraft.meta({ example: exampleReview }), response: { 200: WritingReviews, ...errors } } },
    async (request) => deliver(await saveWritingReview(deps(), requireLoopMember(request, request.params.loopId), request.body)),
  );

  r.post(
    '/api/loops/:loopId/writing/review/submit',
    { schema: { tags, summary: 'Submit your review: every criterion rated and a vote cast; it then locks (reviewers)', security: bearer, params: LoopIdParams, body: WritingReviewDraft.meta({ example: exampleReview }), response: { 200: WritingReviews, ...errors } } },
    async (request) => deliver(await submitWritingReview(deps(), requireLoopMember(request, request.params.loopId), request.body)),
  );
}
