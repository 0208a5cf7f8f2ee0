import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { fingerprint, IGNORE_PRESENCE, type Fingerprint } from '../helpers/db-fingerprint.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients } from '../helpers/socket.js';
import { INVALID_UTF8, leaksInternals, mutated, nastyString, nastyTree, percentEncode, PROTOTYPE_KEYS, SEED, toJson } from './payloads.js';
import { createGroup, groupRequest, type CreatedGroup } from '../helpers/group.js';
import { ROLES, createWorld, type World } from './world.js';
import { writingSetup } from '../helpers/writing.js';

/**
 * Every HTTP route (from the OpenAPI document, plus the hidden ones) gets hostile path
 * parameters, bodies, query strings and headers. Whatever arrives, the server answers below
 * 500 with the documented error shape, leaks no internals, pollutes no prototype, and a
 * refused request leaves the database exactly as it was.
 */

// Fewer cases than a fuzz that only checks the answers: every refused one is checked against the database.
const RUNS = { params: 12, body: 12, bodyWithSchema: 40, query: 8, headers: 10 };
/** Public routes that create a loop on any body: fuzzed less, as each success costs a loop. */
const CREATES_ON_ANY_BODY = new Set(['POST /api/demo']);
const HIDDEN_ROUTES = [
  { method: 'GET', path: '/api/openapi.json', hasBody: false },
  { method: 'GET', path: '/api/docs', hasBody: false },
];

/** A valid body per route, mutated by the "near-valid" payloads; routes without one get garbage only. */
const VALID_BODIES: Record<string, (w: World) => unknown> = {
  'POST /api/loops': () => loopRequest(),
  'POST /api/loops/:loopId/questions': () => ({ kind: 'behavioral', lps: ['ownership'], text: 'Tell me about a time you owned a problem end to end.', probes: ['What did you learn?'] }),
  'POST /api/loops/:loopId/debrief/open': () => ({ reason: 'Two interviewers are travelling.' }),
  'POST /api/loops/:loopId/debrief/reads': (w) => ({ scorecardId: w.cards[1] }),
  'POST /api/loops/:loopId/debrief/phase': () => ({ phase: 'revote' }),
  'POST /api/loops/:loopId/debrief/votes': () => ({ vote: 'inclined-hire' }),
  'POST /api/loops/:loopId/debrief/spotlight': () => ({ spotlight: { kind: 'lp', id: 'ownership' } }),
  'POST /api/loops/:loopId/debrief/dismissals': (w) => ({ stories: [w.stories[1], w.cards[1]], kind: 'team', reason: 'Counted different people.' }),
  'POST /api/loops/:loopId/debrief/decision': () => ({ decision: 'hire', rationale: 'Strong ownership across every round.' }),
  'POST /api/loops/:loopId/debrief/publish': () => ({ showInterviewerNames: false, strengths: ['Owns outcomes'], growthAreas: ['Quantify results'] }),
  'POST /api/loops/:loopId/writing': (w) => writingSetup([w.loop.interviewer(1).participantId], { type: 'take-home', dueAt: '2030-01-01T10:00:00Z' }),
  'POST /api/loops/:loopId/writing/review': () => WRITING_REVIEW,
  'POST /api/loops/:loopId/writing/review/submit': () => WRITING_REVIEW,
  'POST /api/groups': () => groupRequest(2),
  'POST /api/groups/:groupId/members': () => ({ name: 'Hana Lee', targetRole: 'other', timeZone: 'Asia/Tokyo' }),
  'PATCH /api/groups/:groupId/members/:memberId': () => ({ name: 'Ada P.', wantsToBeCandidate: false }),
  'POST /api/groups/:groupId/series/plan': () => ({ roundsPerLoop: 5, seed: 3 }),
  'POST /api/groups/:groupId/series/review': () => ({ roundsPerLoop: 5, loops: [] }),
  'POST /api/groups/:groupId/series': () => {
    const ids = group.members.map((m) => m.memberId);
    return { roundsPerLoop: 5, loops: [{ candidateId: ids[0], interviewerIds: ids.slice(1, 6), barRaiserId: ids[5], startsAt: '2030-06-01T18:00', timeZone: 'Europe/Berlin' }] };
  },
  'PUT /api/groups/:groupId/me/availability': () => ({ timeZone: 'Europe/Berlin', slots: [{ startsAt: '2030-03-04T18:00', minutes: 120 }] }),
  'POST /api/loops/:loopId/bank/attach': (w) => ({ ownerToken: w.bank.ownerToken }),
  'POST /api/loops/:loopId/bank/share': () => ({ shared: true }),
  'POST /api/bank/patches': () => ({
    clientId: 'fuzz-bank-tab',
    seq: 1,
    ops: [
      { op: 'addStory', story: { id: '5f0c2b1e-8a4d-4c3e-9b2a-1d6e7f8a9b0c', title: 'Pager fatigue', situation: 'Pages at night.', task: '', action: 'I cut the noise.', result: 'Pages fell 80%.', lps: ['ownership'], dataPoints: {} } },
      { op: 'setStoryText', storyId: '5f0c2b1e-8a4d-4c3e-9b2a-1d6e7f8a9b0c', field: 'title', value: 'Quiet nights' },
      { op: 'setStoryLps', storyId: '5f0c2b1e-8a4d-4c3e-9b2a-1d6e7f8a9b0c', value: ['ownership', 'earn-trust'] },
      { op: 'setStoryDataPoint', storyId: '5f0c2b1e-8a4d-4c3e-9b2a-1d6e7f8a9b0c', slot: 'team', entry: { status: 'confirmed', value: { kind: 'team', size: 4, whose: 'candidate' }, phrase: null } },
    ],
  }),
  'POST /api/bank/import': () => ({ format: 'json', text: JSON.stringify({ format: 'mockloop-story-bank', version: 1, stories: [{ title: 'Pager fatigue', lps: ['earn-trust'] }] }) }),
};
const WRITING_REVIEW = {
  ratings: { clarity: 'meets', structure: 'below', 'customer-focus': 'meets', data: 'meets', 'lps-shown': 'meets' },
  lpsShown: ['ownership'],
  vote: 'inclined-hire',
  summary: 'Clear.',
  practice: 'Baselines.',
  comments: [{ id: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5', anchor: { from: 0, to: 6, quote: 'SECRET', prefix: '', suffix: '-' }, body: 'Why?' }],
};

type Route = { method: string; path: string; hasBody: boolean };

let server: TestServer;
let world: World;
/** A group of six for the group routes; its organizer and first member join the token rotation. */
let group: CreatedGroup;
let routes: Route[];
const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const counts = { payloads: 0, accepted: 0, refusedChecked: 0 };

beforeAll(async () => {
  server = await startTestServer();
  const other = await createLoop(server.url, loopRequest());
  world = await createWorld(server.url, other.organizer.token, 'card-open');
  group = await createGroup(server.url, groupRequest(6));
  const doc = (await api(server.url, '/api/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
  routes = [
    ...Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path: path.replace(/\{(\w+)\}/g, ':$1'), hasBody: op.requestBody !== undefined })),
    ),
    ...HIDDEN_ROUTES,
  ];
}, 120_000);
afterAll(async () => {
  world.close();
  closeAllClients();
  await server.close();
  console.info(`HTTP fuzz: ${counts.payloads} payloads over ${routes.length} routes, ${counts.accepted} accepted, ${counts.refusedChecked} refused, each checked against the database`);
});

const PARAM_VALUES: Record<string, (w: World) => string> = {
  loopId: (w) => w.loopId,
  participantId: (w) => w.linkTarget,
  roundId: (w) => w.rounds[0]!,
  scorecardId: (w) => w.cards[1]!,
  groupId: () => group.groupId,
  memberId: () => group.members[0]!.memberId,
  storyId: (w) => w.bank.storyId,
};

function fill(path: string, override: Record<string, string> = {}) {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    if (name in override) return override[name]!;
    const value = PARAM_VALUES[name];
    if (!value) throw new Error(`fuzz-http: no value for path parameter :${name}; add one to PARAM_VALUES`);
    return value(world);
  });
}

type Sent = { url: string; method: string; headers?: Record<string, string>; payload?: string | Buffer; remoteAddress?: string };

/**
 * Sends one request and checks the answer. The database is fingerprinted after every request,
 * so each refused one is compared with the state just before it: no refusal can hide behind
 * an accepted request that came later.
 */
class Probe {
  #before!: Fingerprint;
  constructor(readonly route: Route) {}

  async start() {
    this.#before = await fingerprint(server.app.database.db, IGNORE_PRESENCE);
  }

  async send(request: Sent) {
    counts.payloads++;
    // A different client address per request, so the fuzz measures validation, not rate limits.
    const remoteAddress = `10.${(counts.payloads >> 16) & 255}.${(counts.payloads >> 8) & 255}.${counts.payloads & 255}`;
    const response = await server.app.inject({ remoteAddress, ...request, method: request.method as 'GET' });
    const context = `${request.method} ${request.url.slice(0, 120)} (${String(request.payload ?? '').slice(0, 80)})`;
    expect(response.statusCode, `${context}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
    const after = await fingerprint(server.app.database.db, IGNORE_PRESENCE);
    if (response.statusCode >= 400) {
      expect(response.headers['content-type'], context).toMatch(/application\/json/);
      const parsed = ApiErrorBody.safeParse(response.json());
      expect(parsed.success, `${context}: error shape ${response.body.slice(0, 200)}`).toBe(true);
      expect(leaksInternals(response.body), `${context}: leaks internals: ${response.body.slice(0, 300)}`).toBeUndefined();
      for (const secret of [...world.secrets, group.organizer.token, ...group.members.map((m) => m.token)]) expect(response.body.includes(secret), `${context}: leaks a secret`).toBe(false);
      expect(after, `${context}: a refused request changed the database`).toEqual(this.#before);
      counts.refusedChecked++;
    } else {
      counts.accepted++;
    }
    this.#before = after;
  }
}

const GROUP_TOKENS = ['group-organizer', 'group-member'] as const;
type FuzzRole = (typeof ROLES)[number] | (typeof GROUP_TOKENS)[number];
const token = fc.constantFrom<FuzzRole>(...ROLES, ...GROUP_TOKENS);
function auth(role: FuzzRole): Record<string, string> {
  const value = role === 'group-organizer' ? group.organizer.token : role === 'group-member' ? group.members[0]!.token : world.tokens[role];
  return value ? { authorization: `Bearer ${value}` } : {};
}
const runs = (route: Route, n: number) => (CREATES_ON_ANY_BODY.has(`${route.method} ${route.path}`) ? Math.ceil(n / 6) : n);

describe('HTTP fuzzing: every route survives hostile input', () => {
  it('has routes to fuzz, each with values for its path parameters', () => {
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) fill(route.path);
  });

  it('path parameters: wrong types, huge, traversal, prototype keys, encoded garbage', async () => {
    for (const route of routes.filter((r) => r.path.includes(':'))) {
      const probe = new Probe(route);
      await probe.start();
      const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const segment = fc.oneof(
        nastyString(5_000).map(percentEncode),
        nastyString(200).map((v) => v.replace(/[^\x21-\x7e]|[/?#%]/g, '') || '-'),
        fc.constantFrom(...INVALID_UTF8).map(percentEncode),
        fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '%2e%2e', '%2F', '%00', 'a%0Ab'),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...names), segment, token, async (name, encoded, role) => {
          await probe.send({ method: route.method, url: fill(route.path, { [name]: encoded }), headers: auth(role) });
        }),
        { seed: SEED, numRuns: runs(route, RUNS.params), endOnFailure: true },
      );
    }
  }, 240_000);

  it('bodies: random JSON, near-valid JSON, invalid UTF-8, truncated, huge, wrong content types', async () => {
    for (const route of routes) {
      const probe = new Probe(route);
      await probe.start();
      const key = `${route.method} ${route.path}`;
      const valid = VALID_BODIES[key]?.(world) ?? {};
      // Routes without a body schema would act on any body with a good token: send those none.
      const roles = route.hasBody ? token : fc.constantFrom('no-token' as const);
      const body = fc.oneof(
        nastyTree(300_000).map((t) => ({ type: 'application/json', payload: toJson(t) as string | Buffer })),
        { weight: 4, arbitrary: mutated(valid, 20_000).map((t) => ({ type: 'application/json', payload: toJson(t) as string | Buffer })) },
        fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.nat(40)).map(([bytes, at]) => {
          const text = JSON.stringify(valid);
          const cut = Math.min(at, text.length);
          return { type: 'application/json', payload: Buffer.concat([Buffer.from(text.slice(0, cut)), bytes, Buffer.from(text.slice(cut))]) };
        }),
        fc.nat(200).map((at) => ({ type: 'application/json', payload: JSON.stringify(valid).slice(0, at) as string | Buffer })),
        fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', 'application/json; charset=latin1'), nastyString(2_000)).map(
          ([type, payload]) => ({ type, payload: payload as string | Buffer }),
        ),
        fc.constantFrom(300_000, 1_000_000).map((n) => ({ type: 'application/json', payload: `{"text":"${'x'.repeat(n)}"}` as string | Buffer })),
      );
      await fc.assert(
        fc.asyncProperty(body, roles, async ({ type, payload }, role) => {
          await probe.send({ method: route.method, url: fill(route.path), headers: { 'content-type': type, ...auth(role) }, payload });
        }),
        { seed: SEED, numRuns: runs(route, route.hasBody ? RUNS.bodyWithSchema : RUNS.body), endOnFailure: true },
      );
    }
  }, 240_000);

  it('query strings: prototype pollution, arrays, huge and malformed', async () => {
    const query = fc.oneof(
      fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), nastyString(1_000)).map(([k, v]) => `${k}[polluted]=${percentEncode(v)}&${k}.polluted=1`),
      fc.constant('constructor[prototype][polluted]=1&__proto__[polluted]=1&a[__proto__][polluted]=1'),
      fc.array(fc.tuple(fc.string({ maxLength: 8 }), nastyString(500)), { maxLength: 30 }).map((pairs) => pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')),
      fc.constantFrom('%', '%%%', 'a=%zz', '&&&==&', 'a'.repeat(10_000), `a=${percentEncode(INVALID_UTF8[0]!)}`),
    );
    for (const route of routes) {
      const probe = new Probe(route);
      await probe.start();
      await fc.assert(
        fc.asyncProperty(query, fc.constantFrom('no-token' as const, 'candidate' as const, 'shadow' as const), async (q, role) => {
          // Public creation routes would succeed: query strings are checked there without side effects elsewhere.
          if (route.method !== 'GET' && !route.hasBody && role !== 'no-token') return;
          await probe.send({ method: route.method, url: `${fill(route.path)}?${q}`, headers: auth(route.method === 'GET' ? role : 'no-token') });
        }),
        { seed: SEED, numRuns: runs(route, RUNS.query), endOnFailure: true },
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);

  it('headers: forged and malformed tokens, foreign origins, forged forwarding', async () => {
    const authorization = fc.oneof(
      fc.string({ maxLength: 60 }).map((s) => `Bearer ${s.replace(/[^\x20-\x7e]/g, '')}`),
      fc.constantFrom('Bearer', 'Bearer ', 'bearer x', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'A'.repeat(8_000)}`, 'Bearer ../../', 'Bearer null', 'Token abc'),
      fc.constant(`Bearer ${world.tokens['revoked-token']}`),
    );
    const extra = fc.record({
      origin: fc.constantFrom('https://evil.example', 'null', 'http://localhost:1', 'file://', 'not a url'),
      'x-forwarded-for': fc.constantFrom('1.2.3.4', 'not-an-ip, 127.0.0.1', '::1, 10.0.0.1, 300.1.1.1', ''),
      cookie: fc.constantFrom('session=abc', '__proto__=1', 'a'.repeat(4000)),
    }, { requiredKeys: [] });
    for (const route of routes) {
      const probe = new Probe(route);
      await probe.start();
      await fc.assert(
        fc.asyncProperty(authorization, extra, async (authorizationHeader, headers) => {
          // A creation route needs no token: with a valid body it would succeed, so send none.
          const body = route.hasBody ? { 'content-type': 'application/json' } : {};
          await probe.send({ method: route.method, url: fill(route.path), headers: { authorization: authorizationHeader, ...headers, ...body } as Record<string, string>, payload: route.hasBody ? '{}' : undefined });
        }),
        { seed: SEED, numRuns: runs(route, RUNS.headers), endOnFailure: true },
      );
    }
  }, 240_000);

  it('pollutes no prototype', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
  });
});
