import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiErrorBody,
  CandidateFeedback,
  CastRevote,
  DebriefBoard,
  DismissConflict,
  LoopIdParams,
  MarkRead,
  MovePhase,
  OpenDebrief,
  PublishFeedback,
  RecordDecision,
  SetSpotlight,
} from '@mockloop/shared';
import { castRevote, markDebriefRead, moveDebriefPhase, openDebrief, readDebriefBoard, recordDecision, setSpotlight } from '../application/debrief.js';
import { feedbackMarkdown, publishFeedback, readFeedback } from '../application/debrief-feedback.js';
import { dismissConflict } from '../application/debrief-flags.js';
import { deliverTo } from '../application/facts.js';
import { requireLoopMember } from '../plugins/auth.js';
import { exampleDebrief } from './examples.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 413: ApiErrorBody.describe('Body over 256 KB (payload-too-large)') };
const bearer = [{ inviteToken: [] }];
const Done = z.object({ ok: z.literal(true) });

/**
 * The debrief over HTTP: commands are POSTs, and every change is announced to the
 * interviewers' sockets as `debrief:changed`, after which they re-read the board.
 */
export async function debriefRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: app.database.db, now: app.now };
  const deliver = deliverTo(app.facts);
  const done = () => ({ ok: true as const });
  const tags = ['debrief'];

  r.get('/api/loops/:loopId/debrief', { schema: { tags, summary: 'The debrief board (interviewers who submitted, once open)', security: bearer, params: LoopIdParams, response: { 200: DebriefBoard, ...errors } } }, async (request) =>
    deliver(await readDebriefBoard(deps, requireLoopMember(request, request.params.loopId))),
  );

  r.post('/api/loops/:loopId/debrief/open', { schema: { tags, summary: 'Open the debrief (Bar Raiser; a reason is needed while scorecards are missing)', security: bearer, params: LoopIdParams, body: OpenDebrief.meta({ example: exampleDebrief.open }), response: { 200: DebriefBoard, ...errors } } }, async (request) =>
    deliver(await openDebrief(deps, requireLoopMember(request, request.params.loopId), request.body.reason)),
  );

  r.post('/api/loops/:loopId/debrief/reads', { schema: { tags, summary: 'Mark a scorecard as read', security: bearer, params: LoopIdParams, body: MarkRead.meta({ example: exampleDebrief.read }), response: { 200: Done, ...errors } } }, async (request) => {
    deliver(await markDebriefRead(deps, requireLoopMember(request, request.params.loopId), request.body.scorecardId));
    return done();
  });

  r.post('/api/loops/:loopId/debrief/phase', { schema: { tags, summary: 'Move the debrief to its next phase (Bar Raiser)', description: 'Phases go read, re-vote, discuss, decide, one step at a time; any other move (back, skip, or after the decision) is `409 invalid-transition` with the next step named.', security: bearer, params: LoopIdParams, body: MovePhase.meta({ example: exampleDebrief.phase }), response: { 200: Done, ...errors } } }, async (request) => {
    deliver(await moveDebriefPhase(deps, requireLoopMember(request, request.params.loopId), request.body.phase));
    return done();
  });

  r.post('/api/loops/:loopId/debrief/votes', { schema: { tags, summary: 'Keep or change your vote (re-vote phase); the first vote is kept', security: bearer, params: LoopIdParams, body: CastRevote.meta({ example: exampleDebrief.vote }), response: { 200: Done, ...errors } } }, async (request) => {
    deliver(await castRevote(deps, requireLoopMember(request, request.params.loopId), request.body.vote));
    return done();
  });

  r.post('/api/loops/:loopId/debrief/spotlight', { schema: { tags, summary: 'Put an LP or a story on every screen (Bar Raiser)', security: bearer, params: LoopIdParams, body: SetSpotlight.meta({ example: exampleDebrief.spotlight }), response: { 200: Done, ...errors } } }, async (request) => {
    deliver(await setSpotlight(deps, requireLoopMember(request, request.params.loopId), request.body.spotlight));
    return done();
  });

  r.post('/api/loops/:loopId/debrief/dismissals', { schema: { tags, summary: 'Dismiss a conflict flag as not a conflict, with a reason (Bar Raiser)', description: 'The flag is named by its two story ids (either order) and kind, as the board lists it. Before the decision only (`409 invalid-transition` after); a flag not on the board is `404 not-found`; a second dismissal of one flag is `409 conflict`. The reason shows beside the flag on every board; the audit log records the dismissal (ids and kind, not the reason).', security: bearer, params: LoopIdParams, body: DismissConflict.meta({ example: exampleDebrief.dismissal }), response: { 200: Done, ...errors } } }, async (request) => {
    deliver(await dismissConflict(deps, requireLoopMember(request, request.params.loopId), request.body));
    return done();
  });

  r.post('/api/loops/:loopId/debrief/decision', { schema: { tags, summary: 'Record Hire or No Hire with a rationale (Bar Raiser)', description: 'Only in the decide phase, once: otherwise `409 invalid-transition`.', security: bearer, params: LoopIdParams, body: RecordDecision.meta({ example: exampleDebrief.decision }), response: { 200: DebriefBoard, ...errors } } }, async (request) =>
    deliver(await recordDecision(deps, requireLoopMember(request, request.params.loopId), request.body)),
  );

  r.post('/api/loops/:loopId/debrief/publish', { schema: { tags, summary: 'Publish feedback to the candidate (Bar Raiser)', description: 'After the decision: before it `409 invalid-transition`; a second publish is `409 conflict` (already published).', security: bearer, params: LoopIdParams, body: PublishFeedback.meta({ example: exampleDebrief.publish }), response: { 200: CandidateFeedback, ...errors } } }, async (request) =>
    deliver(await publishFeedback(deps, requireLoopMember(request, request.params.loopId), request.body)),
  );

  r.get('/api/loops/:loopId/feedback', { schema: { tags, summary: 'The published feedback (404 before publishing)', security: bearer, params: LoopIdParams, response: { 200: CandidateFeedback, ...errors } } }, async (request) =>
    deliver(await readFeedback(deps, requireLoopMember(request, request.params.loopId))),
  );

  r.get('/api/loops/:loopId/feedback.md', { schema: { tags, summary: 'The published feedback as Markdown', security: bearer, params: LoopIdParams, response: { 200: z.string().describe('text/markdown'), ...errors } } }, async (request, reply) => {
    const markdown = deliver(await feedbackMarkdown(deps, requireLoopMember(request, request.params.loopId)));
    return reply.type('text/markdown; charset=utf-8').header('content-disposition', 'attachment; filename="mockloop-feedback.md"').send(markdown);
  });
}
