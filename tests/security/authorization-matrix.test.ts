import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, CLIENT_COMMANDS, ErrorCode, type ClientCommand } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { fingerprint, IGNORE_PRESENCE } from '../helpers/db-fingerprint.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, connected, createClient, type TestClient } from '../helpers/socket.js';
import { writingSetup } from '../helpers/writing.js';
import { GROUP_HTTP_MATRIX } from './group-matrix.js';
import { CONNECTING, createWorld, MEMBERS, ROLES, SEATS, type Role, type World, type WorldState } from './world.js';

/**
 * Every HTTP route and every socket command, called as each role. The matrix is data: a route
 * in the OpenAPI document or a command in CLIENT_COMMANDS without a row fails the suite, and
 * so does a row for something that no longer exists.
 *
 * Allowed: the call succeeds. Refused: 401 without a live token, 404 (or `not-found`) for a
 * token of another loop, 403/404 for anyone else; the error has the documented shape, holds
 * no secret (feedback, tokens, email), and the database is exactly as before.
 */

const ALL: Role[] = [...ROLES];
/** The world's writing reviewers. */
const WRITING_REVIEWERS: Role[] = ['interviewer-of-this-round', 'bar-raiser'];
const PUBLIC = ALL;

type HttpRow = {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  allowed: Role[];
  state?: WorldState;
  body?: (w: World) => unknown;
  /** Calls change nothing a later caller in the same world would notice. */
  readOnly?: boolean;
  /** Not in the OpenAPI document. */
  hidden?: boolean;
};

const HTTP_MATRIX: HttpRow[] = [
  { method: 'GET', path: '/api/health', allowed: PUBLIC, readOnly: true },
  { method: 'GET', path: '/api/openapi.json', allowed: PUBLIC, readOnly: true, hidden: true },
  { method: 'GET', path: '/api/docs', allowed: PUBLIC, readOnly: true, hidden: true },
  { method: 'POST', path: '/api/loops', allowed: PUBLIC, readOnly: true, body: () => loopRequest() },
  { method: 'POST', path: '/api/demo', allowed: PUBLIC, readOnly: true },
  { method: 'GET', path: '/api/session', allowed: CONNECTING, readOnly: true },
  { method: 'GET', path: '/api/loops/:loopId', allowed: MEMBERS, readOnly: true },
  { method: 'GET', path: '/api/loops/:loopId/calendar.ics', allowed: MEMBERS, readOnly: true },
  { method: 'POST', path: '/api/loops/:loopId/participants/:participantId/link', allowed: ['organizer'], body: () => ({}) },
  { method: 'DELETE', path: '/api/loops/:loopId/participants/:participantId/link', allowed: ['organizer'] },
  { method: 'GET', path: '/api/loops/:loopId/rounds/:roundId/questions', allowed: ['interviewer-of-this-round'], readOnly: true },
  {
    method: 'POST',
    path: '/api/loops/:loopId/questions',
    allowed: ['organizer'],
    body: () => ({ kind: 'behavioral', lps: ['ownership'], text: 'Tell me about a time you owned a problem end to end.' }),
  },
  { method: 'GET', path: '/api/loops/:loopId/rounds/:roundId/whiteboard', allowed: ['candidate', 'interviewer-of-this-round', 'bar-raiser', 'shadow'], readOnly: true },
  { method: 'GET', path: '/api/loops/:loopId/scorecards/:scorecardId', allowed: ['interviewer-of-this-round'], state: 'card-open', readOnly: true },
  { method: 'GET', path: '/api/loops/:loopId/audit', allowed: ['organizer', 'bar-raiser'], readOnly: true },
  { method: 'GET', path: '/api/loops/:loopId/export', allowed: ['organizer'], state: 'card-open' },
  { method: 'DELETE', path: '/api/loops/:loopId', allowed: ['organizer'] },
  // The debrief: only interviewers who submitted sit at it; the Bar Raiser runs it.
  { method: 'GET', path: '/api/loops/:loopId/debrief', allowed: SEATS, state: 'debrief-open', readOnly: true },
  { method: 'POST', path: '/api/loops/:loopId/debrief/open', allowed: ['bar-raiser'], state: 'all-submitted', body: () => ({}) },
  { method: 'POST', path: '/api/loops/:loopId/debrief/reads', allowed: SEATS, state: 'debrief-open', body: (w) => ({ scorecardId: w.cards[1] }) },
  { method: 'POST', path: '/api/loops/:loopId/debrief/phase', allowed: ['bar-raiser'], state: 'debrief-open', body: () => ({ phase: 'revote' }) },
  { method: 'POST', path: '/api/loops/:loopId/debrief/votes', allowed: SEATS, state: 'debrief-revote', body: () => ({ vote: 'inclined-hire' }) },
  { method: 'POST', path: '/api/loops/:loopId/debrief/spotlight', allowed: ['bar-raiser'], state: 'debrief-discuss', body: () => ({ spotlight: { kind: 'lp', id: 'ownership' } }) },
  {
    method: 'POST',
    path: '/api/loops/:loopId/debrief/dismissals',
    allowed: ['bar-raiser'],
    state: 'debrief-conflict',
    body: (w) => ({ stories: [w.planted[1], w.planted[2]], kind: 'team', reason: 'Round 1 counted only the engineers.' }),
  },
  {
    method: 'POST',
    path: '/api/loops/:loopId/debrief/decision',
    allowed: ['bar-raiser'],
    state: 'debrief-decide',
    body: () => ({ decision: 'no-hire', rationale: 'Results were not measured in any story.' }),
  },
  {
    method: 'POST',
    path: '/api/loops/:loopId/debrief/publish',
    allowed: ['bar-raiser'],
    state: 'debrief-decided',
    body: () => ({ showInterviewerNames: false, strengths: ['Clear writing'], growthAreas: ['Measure results'] }),
  },
  { method: 'GET', path: '/api/loops/:loopId/feedback', allowed: MEMBERS, state: 'published', readOnly: true },
  { method: 'GET', path: '/api/loops/:loopId/feedback.md', allowed: MEMBERS, state: 'published', readOnly: true },
  // The writing exercise: the organizer sets it up; its reviewers (this round's interviewer and the Bar Raiser) review it.
  { method: 'GET', path: '/api/writing/prompts', allowed: PUBLIC, readOnly: true },
  { method: 'GET', path: '/api/loops/:loopId/writing', allowed: MEMBERS, readOnly: true },
  { method: 'POST', path: '/api/loops/:loopId/writing', allowed: ['organizer'], body: (w) => writingSetup([w.loop.interviewer(2).participantId], { type: 'timed', durationMinutes: 45 }) },
  { method: 'GET', path: '/api/loops/:loopId/writing/reviews', allowed: WRITING_REVIEWERS, state: 'writing-submitted', readOnly: true },
  { method: 'POST', path: '/api/loops/:loopId/writing/review', allowed: WRITING_REVIEWERS, state: 'writing-submitted', body: () => reviewDraft(false) },
  { method: 'POST', path: '/api/loops/:loopId/writing/review/submit', allowed: WRITING_REVIEWERS, state: 'writing-submitted', body: () => reviewDraft(true) },
  // The story bank from the loop: the candidate manages it; interviewers read titles while shared.
  { method: 'GET', path: '/api/loops/:loopId/bank', allowed: ['candidate', ...SEATS], state: 'bank-shared', readOnly: true },
  { method: 'POST', path: '/api/loops/:loopId/bank', allowed: ['candidate'] },
  { method: 'POST', path: '/api/loops/:loopId/bank/attach', allowed: ['candidate'], body: (w) => ({ ownerToken: w.bank.ownerToken }) },
  { method: 'POST', path: '/api/loops/:loopId/bank/share', allowed: ['candidate'], state: 'bank-shared', body: () => ({ shared: false }) },
  { method: 'DELETE', path: '/api/loops/:loopId/bank', allowed: ['candidate'], state: 'bank-shared' },
  // The bank itself: only its owner link opens it; no invite token does.
  { method: 'GET', path: '/api/bank', allowed: ['bank-owner'], readOnly: true },
  { method: 'POST', path: '/api/bank/patches', allowed: ['bank-owner'], body: () => ({ clientId: 'matrix-bank-tab', seq: 1, ops: [{ op: 'addStory', story: bankStory() }] }) },
  { method: 'POST', path: '/api/bank/import', allowed: ['bank-owner'], body: () => ({ format: 'markdown', text: '## Pager fatigue\nLPs: Earn Trust\n' }) },
  { method: 'GET', path: '/api/bank/export', allowed: ['bank-owner'], readOnly: true },
  { method: 'GET', path: '/api/bank/check', allowed: ['bank-owner'], readOnly: true },
  { method: 'GET', path: '/api/bank/stories/:storyId/suggestions', allowed: ['bank-owner'], state: 'bank-shared', readOnly: true },
  { method: 'POST', path: '/api/bank/owner-link', allowed: ['bank-owner'] },
  { method: 'DELETE', path: '/api/bank', allowed: ['bank-owner'] },
];

function reviewDraft(complete: boolean) {
  return {
    ratings: complete ? { clarity: 'meets', structure: 'meets', 'customer-focus': 'meets', data: 'below', 'lps-shown': 'meets' } : { clarity: 'meets' },
    lpsShown: ['ownership'],
    vote: complete ? 'inclined-hire' : null,
    summary: 'Clear, short on data.',
    practice: 'Add baselines.',
    comments: [],
  };
}

function bankStory() {
  return { id: randomUUID(), title: 'Matrix story', situation: '', task: '', action: '', result: '', lps: [], dataPoints: {} };
}

type SocketRow = {
  allowed: Role[];
  state?: WorldState;
  payload: (w: World) => unknown;
  readOnly?: boolean;
  /** Sent first by every caller (its answer is not checked), e.g. joining a call before signalling in it. */
  before?: { event: ClientCommand; payload: (w: World) => unknown };
};
/** The round's call: its candidate, interviewer and shadows. */
const CALL: Role[] = ['candidate', 'interviewer-of-this-round', 'shadow'];
const round1 = (w: World) => ({ roundId: w.rounds[0] });

const SOCKET_MATRIX: Record<ClientCommand, SocketRow> = {
  'time:ping': { allowed: CONNECTING, payload: () => ({ clientSendAt: 1 }), readOnly: true },
  'live:snapshot': { allowed: CONNECTING, payload: () => ({}), readOnly: true },
  'presence:enter': { allowed: MEMBERS, payload: round1, readOnly: true },
  'clock:start': { allowed: ['organizer', 'interviewer-of-this-round'], payload: round1 },
  'clock:pause': { allowed: ['organizer', 'interviewer-of-this-round'], state: 'clock-running', payload: round1 },
  'clock:resume': { allowed: ['organizer', 'interviewer-of-this-round'], state: 'clock-paused', payload: round1 },
  'clock:extend': { allowed: ['organizer', 'interviewer-of-this-round'], state: 'clock-running', payload: (w) => ({ ...round1(w), minutes: 5 }) },
  'clock:end': { allowed: ['organizer', 'interviewer-of-this-round'], state: 'clock-running', payload: round1 },
  'scorecard:open': { allowed: ['interviewer-of-this-round'], payload: round1 },
  'scorecard:patch': {
    allowed: ['interviewer-of-this-round'],
    state: 'card-open',
    payload: (w) => ({ scorecardId: w.cards[1], clientId: 'matrix-tab-1', seq: 1, ops: [{ op: 'setText', field: 'summary', value: 'Owns it.' }] }),
  },
  'scorecard:submit': { allowed: ['interviewer-of-this-round'], state: 'card-complete', payload: (w) => ({ scorecardId: w.cards[1] }) },
  'scorecard:suggest': { allowed: ['interviewer-of-this-round'], state: 'card-open', payload: (w) => ({ scorecardId: w.cards[1], storyId: w.stories[1] }), readOnly: true },
  'question:show': { allowed: ['interviewer-of-this-round'], payload: (w) => ({ ...round1(w), text: 'Tell me about a time you failed.' }) },
  // The candidate and the round's interviewer draw; its shadow and the Bar Raiser only watch.
  'whiteboard:open': { allowed: ['candidate', 'interviewer-of-this-round', 'bar-raiser', 'shadow'], payload: round1, readOnly: true },
  'whiteboard:update': {
    allowed: ['candidate', 'interviewer-of-this-round'],
    payload: (w) => ({ ...round1(w), clientId: 'matrix-board-1', seq: 1, elements: [{ id: 'box-1', type: 'rectangle', version: 1, versionNonce: 7, isDeleted: false, x: 0, y: 0 }] }),
  },
  'call:join': { allowed: CALL, payload: round1, readOnly: true },
  'call:leave': { allowed: CALL, payload: round1, readOnly: true },
  'call:signal': {
    allowed: CALL,
    before: { event: 'call:join', payload: round1 },
    payload: (w) => ({ ...round1(w), to: w.loop.interviewer(1).participantId, candidate: { candidate: 'candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host', sdpMid: '0', sdpMLineIndex: 0 } }),
    readOnly: true,
  },
  // Only the candidate writes; everyone else, in the loop or not, is refused.
  'writing:open': { allowed: ['candidate'], payload: (w) => ({ loopId: w.loopId }), readOnly: true },
  'writing:start': { allowed: ['candidate'], state: 'writing-timed', payload: (w) => ({ exerciseId: w.writing }) },
  'writing:patch': { allowed: ['candidate'], payload: (w) => ({ exerciseId: w.writing, clientId: 'matrix-writing-1', seq: 1, ops: [{ op: 'setText', value: 'A first line.' }] }) },
  'writing:submit': { allowed: ['candidate'], state: 'writing-written', payload: (w) => ({ exerciseId: w.writing }) },
};

let server: TestServer;
let otherLoopToken: string;
const checked = { http: 0, socket: 0 };

beforeAll(async () => {
  server = await startTestServer();
  otherLoopToken = (await createLoop(server.url, loopRequest())).organizer.token;
});
afterAll(async () => {
  closeAllClients();
  await server.close();
  console.info(`authorisation matrix: ${checked.http} HTTP and ${checked.socket} socket (role, call) pairs checked`);
});

const fill = (path: string, w: World) =>
  path
    .replace(':loopId', w.loopId)
    .replace(':participantId', w.linkTarget)
    .replace(':roundId', w.rounds[0]!)
    .replace(':scorecardId', w.cards[1] ?? '00000000-0000-4000-8000-000000000000')
    .replace(':storyId', w.bank.storyId);

/** Emits any event with any payload, bypassing the typed event map. */
const raw = (socket: TestClient) => socket as unknown as { timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> } };

const snapshot = () => fingerprint(server.app.database.db, IGNORE_PRESENCE);

function expectNoSecret(text: string, w: World, context: string) {
  for (const secret of w.secrets) expect(text.includes(secret), `${context} leaks ${secret.slice(0, 12)}...`).toBe(false);
}

describe('the matrix covers everything', () => {
  it('has a row for every route in the OpenAPI document, and no row for a route that is gone', async () => {
    const doc = (await api(server.url, '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    // Group routes have their own roles and rows (group-matrix.ts, group-authorization.test.ts).
    const rows = [...HTTP_MATRIX.filter((r) => !r.hidden), ...GROUP_HTTP_MATRIX].map((r) => `${r.method} ${r.path}`);
    expect(documented.filter((route) => !rows.includes(route)), 'routes without a row').toEqual([]);
    expect(rows.filter((row) => !documented.includes(row)), 'rows without a route').toEqual([]);
  });

  it('has a row for every client command', () => {
    expect(Object.keys(SOCKET_MATRIX).sort()).toEqual([...CLIENT_COMMANDS].sort());
  });
});

async function callHttp(row: HttpRow, role: Role, w: World) {
  return api(server.url, fill(row.path, w), { method: row.method, token: w.tokens[role], body: row.body?.(w) });
}

function expectHttpRefusal(row: HttpRow, role: Role, w: World, response: Awaited<ReturnType<typeof callHttp>>) {
  const context = `${row.method} ${row.path} as ${role}`;
  // The bank's routes know no invite tokens, and no loop route knows a bank's owner token.
  const unknownToken = role === 'no-token' || role === 'revoked-token' || role === 'bank-owner' || row.path.startsWith('/api/bank');
  const expected = unknownToken ? [401] : role === 'token-of-another-loop' ? [404] : [403, 404];
  expect(expected, `${context}: got ${response.status} ${response.text.slice(0, 200)}`).toContain(response.status);
  expect(ApiErrorBody.safeParse(response.body).success, `${context}: error shape`).toBe(true);
  expectNoSecret(response.text, w, context);
  checked.http++;
}

describe('HTTP routes, as each role', () => {
  for (const row of HTTP_MATRIX) {
    const refused = ALL.filter((r) => !row.allowed.includes(r));
    const name = `${row.method} ${row.path}: ${row.allowed.length === ALL.length ? 'anyone' : `only ${row.allowed.join(', ')}`}`;
    it(name, async () => {
      const w = await createWorld(server.url, otherLoopToken, row.state);
      try {
        const before = await snapshot();
        for (const role of refused) expectHttpRefusal(row, role, w, await callHttp(row, role, w));
        expect(await snapshot(), `${name}: refused calls changed the database`).toEqual(before);
        for (const [index, role] of row.allowed.entries()) {
          const world = row.readOnly || index === 0 ? w : await createWorld(server.url, otherLoopToken, row.state);
          try {
            const response = await callHttp(row, role, world);
            expect(response.status, `${row.method} ${row.path} as ${role}: ${response.text.slice(0, 300)}`).toBeLessThan(400);
            // A token of another loop may use public routes, and learns nothing of this loop.
            if (role === 'token-of-another-loop') expectNoSecret(response.text, world, `${name} as ${role}`), expect(response.text).not.toContain(world.loopId);
            checked.http++;
          } finally {
            if (world !== w) world.close();
          }
        }
      } finally {
        w.close();
      }
    });
  }
});

describe('socket commands, as each role', () => {
  it('refuses a missing, revoked or foreign token at the handshake, so no command can be sent', async () => {
    const w = await createWorld(server.url, otherLoopToken);
    try {
      await expect(connected(createClient(server.url))).rejects.toThrow(/unauthorized/);
      await expect(connected(createClient(server.url, { token: w.tokens['revoked-token'] }))).rejects.toThrow(/unauthorized/);
      await expect(connected(createClient(server.url, { token: w.tokens['bank-owner'] }))).rejects.toThrow(/unauthorized/);
      checked.socket += 3 * CLIENT_COMMANDS.length;
    } finally {
      w.close();
    }
  });

  for (const event of CLIENT_COMMANDS) {
    const row = SOCKET_MATRIX[event];
    const refused = CONNECTING.filter((r) => !row.allowed.includes(r));
    const name = `${event}: ${row.allowed.length === CONNECTING.length ? 'anyone connected' : `only ${row.allowed.join(', ')}`}`;
    it(name, async () => {
      const w = await createWorld(server.url, otherLoopToken, row.state);
      try {
        const sockets = new Map(await Promise.all(CONNECTING.map(async (role) => [role, await w.socket(role)] as const)));
        const before = await snapshot();
        for (const role of refused) {
          if (row.before) await raw(sockets.get(role)!).timeout(5000).emitWithAck(row.before.event, row.before.payload(w));
          const ack = (await raw(sockets.get(role)!).timeout(5000).emitWithAck(event, row.payload(w))) as { ok: boolean; error?: { code: string; message: string } };
          const context = `${event} as ${role}`;
          expect(ack.ok, `${context}: ${JSON.stringify(ack)}`).toBe(false);
          expect(ErrorCode.parse(ack.error!.code), context).toBe(role === 'token-of-another-loop' ? 'not-found' : ack.error!.code);
          expect(['forbidden', 'not-found'], context).toContain(ack.error!.code);
          expectNoSecret(JSON.stringify(ack), w, context);
          checked.socket++;
        }
        expect(await snapshot(), `${event}: refused commands changed the database`).toEqual(before);
        for (const [index, role] of row.allowed.entries()) {
          const world = row.readOnly || index === 0 ? w : await createWorld(server.url, otherLoopToken, row.state);
          try {
            const socket = await world.socket(role);
            if (row.before) await raw(socket).timeout(5000).emitWithAck(row.before.event, row.before.payload(world));
            const ack = (await raw(socket).timeout(5000).emitWithAck(event, row.payload(world))) as { ok: boolean };
            expect(ack.ok, `${event} as ${role}: ${JSON.stringify(ack).slice(0, 300)}`).toBe(true);
            if (role === 'token-of-another-loop') expect(JSON.stringify(ack)).not.toContain(world.loopId);
            checked.socket++;
          } finally {
            if (world !== w) world.close();
          }
        }
      } finally {
        w.close();
      }
    });
  }
});
