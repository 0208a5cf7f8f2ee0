import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiErrorBody,
  Bank,
  BankExport,
  BankFormat,
  BankImport,
  BankImported,
  BankOwnerLink,
  BankPatch,
  BankPatchAck,
  BankSelfCheck,
  BankStoryParams,
  BankSuggestions,
  GroupIdParams,
} from '@mockloop/shared';
import { checkBank, createMemberBank, deleteBank, exportBank, importBank, patchBank, readBank, replaceOwnerLink, suggestBankDataPoints } from '../application/bank.js';
import { deliverTo } from '../application/facts.js';
import { bearerToken } from '../auth/invite-token.js';
import { requireGroupMember } from '../plugins/group-auth.js';
import { groupErrors, groupLink } from './group-common.js';
import { exampleBank } from './examples.js';

const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 404: ApiErrorBody, 409: ApiErrorBody, 413: ApiErrorBody };
const owner = [{ bankOwnerToken: [] }];
const tags = ['bank'];

/**
 * The story bank as its owner uses it, authorised by the bank's owner link
 * (`Authorization: Bearer <owner token>`), not by a loop's invite link; and a new bank for a
 * peer group's member, authorised by their member link.
 */
export async function bankRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: app.database.db };
  const token = (request: { headers: { authorization?: string } }) => bearerToken(request.headers.authorization);
  const deliver = deliverTo(app.facts);

  r.get('/api/bank', { schema: { tags, summary: 'Your story bank: its stories and the loops it is attached to', security: owner, response: { 200: Bank, ...errors } } }, async (request) =>
    deliver(await readBank(deps, token(request))),
  );

  r.post(
    '/api/bank/patches',
    {
      schema: {
        tags,
        summary: 'Autosave: apply ops to the bank, exactly once per (clientId, seq), in seq order',
        description: 'A replayed seq answers `duplicate: true` and changes nothing; a seq past the next one answers 409 `out-of-order` with `details.expectedSeq`.',
        security: owner,
        body: BankPatch.meta({ example: exampleBank.patch }),
        response: { 200: BankPatchAck, ...errors },
      },
    },
    async (request) => deliver(await patchBank(deps, token(request), request.body)),
  );

  r.post(
    '/api/bank/import',
    {
      schema: {
        tags,
        summary: 'Add the stories of a Markdown or JSON export; nothing is added unless the whole file reads',
        description: 'A file that does not read answers 400 with every problem found in `details.errors` ("story 3, lps[0]: ...", "line 12: ...").',
        security: owner,
        body: BankImport.meta({ example: exampleBank.import }),
        response: { 200: BankImported, ...errors },
      },
    },
    async (request) => deliver(await importBank(deps, token(request), request.body)),
  );

  r.get(
    '/api/bank/export',
    { schema: { tags, summary: 'The bank as Markdown or JSON (the format import reads)', security: owner, querystring: z.object({ format: BankFormat.default('markdown') }), response: { 200: BankExport, ...errors } } },
    async (request) => {
      const { format } = request.query;
      const text = deliver(await exportBank(deps, token(request), format));
      return { format, fileName: format === 'json' ? 'story-bank.json' : 'story-bank.md', text };
    },
  );

  r.get(
    '/api/bank/check',
    { schema: { tags, summary: 'Self-check: stories about one experience that contradict each other, and STAR gaps', security: owner, response: { 200: BankSelfCheck, ...errors } } },
    async (request) => deliver(await checkBank(deps, token(request))),
  );

  r.get(
    '/api/bank/stories/:storyId/suggestions',
    {
      schema: {
        tags,
        summary: "Data points read from one story's saved text (team, role, durations, metric, outcome), for the owner to confirm",
        description: 'The same reading as the room\'s `scorecard:suggest`; `404` for a story the bank does not hold (yet). Confirmed values are saved with a `setStoryDataPoint` patch.',
        security: owner,
        params: BankStoryParams,
        response: { 200: BankSuggestions, ...errors },
      },
    },
    async (request) => deliver(await suggestBankDataPoints(deps, token(request), request.params.storyId)),
  );

  r.post(
    '/api/bank/owner-link',
    { schema: { tags, summary: 'Replace the owner link: the old one stops working at once', security: owner, response: { 200: BankOwnerLink, ...errors } } },
    async (request) => deliver(await replaceOwnerLink(deps, token(request))),
  );

  r.post(
    '/api/groups/:groupId/me/bank',
    {
      schema: {
        tags,
        summary: "Create a story bank for yourself (a group's member), attached to no loop; the owner link is in the answer only",
        description: 'Open the bank at `/bank#<ownerToken>`; attach it to a loop where you are the candidate with `POST /api/loops/:loopId/bank/attach`. Only a hash of the token is kept.',
        security: groupLink,
        params: GroupIdParams,
        response: { 201: BankOwnerLink, ...groupErrors },
      },
    },
    async (request, reply) => reply.code(201).send(deliver(await createMemberBank(deps, await requireGroupMember(request, request.params.groupId)))),
  );

  r.delete(
    '/api/bank',
    { schema: { tags, summary: 'Delete the bank for good; loops it was attached to lose it', security: owner, response: { 204: z.null().describe('Deleted'), ...errors } } },
    async (request, reply) => {
      deliver(await deleteBank(deps, token(request)));
      return reply.code(204).send(null);
    },
  );
}
