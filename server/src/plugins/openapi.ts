import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * OpenAPI 3 generated from the routes' zod schemas: the document at /api/openapi.json,
 * a browsable page at /api/docs. Must be registered before the routes it describes.
 */
export async function registerOpenApi(app: FastifyInstance, version: string) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'MockLoop API',
        version,
        description:
          'Set up and run mock Amazon-style Loop interviews. Authenticate with the invite token of a ' +
          'participant as a bearer credential: `Authorization: Bearer <token>`; peer-group routes take the ' +
          "token of the group's organizer link or of a member link the same way. Errors always have the " +
          'shape `{ "error": { "code", "message", "details"? } }`. Live room traffic uses Socket.IO; ' +
          'see docs/socket-events.md in the repository.',
      },
      components: {
        securitySchemes: {
          inviteToken: { type: 'http', scheme: 'bearer', description: 'Invite token from a participant link' },
          groupLink: { type: 'http', scheme: 'bearer', description: "Token from a group's organizer link or a member link" },
          bankOwnerToken: { type: 'http', scheme: 'bearer', description: "Owner token from a story bank's owner link (/bank#<token>)" },
        },
      },
      tags: [
        { name: 'system', description: 'Health and documentation' },
        { name: 'loops', description: 'Setting up and reading loops' },
        { name: 'interviews', description: 'Questions and scorecards' },
        { name: 'debrief', description: "The Bar Raiser's debrief and the candidate's feedback" },
        { name: 'groups', description: 'Peer groups: members, planned series of loops, history and calibration' },
        { name: 'bank', description: "The candidate's story bank: prepared stories, coverage, self-check, titles shared with a loop" },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
