import { randomUUID } from 'node:crypto';
import type { CreateLoopRequestInput, PatchOp } from '@mockloop/shared';
import { PLANTED } from '../helpers/debrief.js';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { completingOps, openCard, roundIds, storyOp } from '../helpers/scorecard.js';
import { command, connected, createClient, type TestClient } from '../helpers/socket.js';
import { setUpWritingOverHttp, writingSetup } from '../helpers/writing.js';

/**
 * A loop seen from every seat: the roles of the authorisation matrix, a secret written into
 * a scorecard, and the states (clock running, debrief open...) a command needs before it can
 * succeed. Shared by the matrix and the audit tests.
 */

export const ROLES = [
  'organizer',
  'candidate',
  'interviewer-of-this-round',
  'interviewer-of-another-round',
  'bar-raiser',
  'shadow',
  'revoked-token',
  'token-of-another-loop',
  'no-token',
  /** The holder of the owner link of the bank the candidate created (not a participant token). */
  'bank-owner',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose socket connects (the others are refused at the handshake). */
export const CONNECTING: Role[] = ROLES.filter((r) => r !== 'revoked-token' && r !== 'no-token' && r !== 'bank-owner');
/** Everyone in the loop with a live link. */
export const MEMBERS: Role[] = ['organizer', 'candidate', 'interviewer-of-this-round', 'interviewer-of-another-round', 'bar-raiser', 'shadow'];
/** Interviewers who submit their scorecards and so sit at the debrief. */
export const SEATS: Role[] = ['interviewer-of-this-round', 'interviewer-of-another-round', 'bar-raiser'];

/** Round 1 is "this round": Ana interviews, Sid shadows. Rex (round 3) is revoked; Tia (round 4) is the link target. */
export function matrixLoopRequest(): CreateLoopRequestInput {
  const base = loopRequest();
  const rounds = base.rounds.map((round, index) => {
    // A design round, so it has a whiteboard.
    if (index === 0) return { ...round, kind: 'product-sense' as const, shadows: [{ name: 'Sid' }] };
    if (index === 1) return { ...round, shadows: [] };
    if (index === 2) return { ...round, shadows: [{ name: 'Rex' }] };
    if (index === 3) return { ...round, shadows: [{ name: 'Tia' }] };
    return round;
  });
  return { ...base, candidate: { name: 'Sam Ortiz', email: 'sam.secret@example.org' }, rounds };
}

export type WorldState =
  | 'fresh'
  | 'card-open'
  | 'card-complete'
  | 'clock-running'
  | 'clock-paused'
  | 'all-submitted'
  | 'debrief-open'
  /** The debrief open with a flagged conflict between rounds 1 and 2 (`w.planted`). */
  | 'debrief-conflict'
  | 'debrief-revote'
  | 'debrief-discuss'
  | 'debrief-decide'
  | 'debrief-decided'
  | 'published'
  | 'writing-timed'
  | 'writing-written'
  | 'writing-submitted'
  /** The candidate's bank attached to the loop with its titles shared (its text holds the secret). */
  | 'bank-shared';

export type World = Awaited<ReturnType<typeof createWorld>>;

/** A fresh loop in `state`; `otherLoopToken` is a live token of some other loop. */
export async function createWorld(url: string, otherLoopToken: string, state: WorldState = 'fresh') {
  const loop = await createLoop(url, matrixLoopRequest());
  const rounds = await roundIds(url, loop.loopId, loop.organizer.token);
  const shadowOf = (name: string) => loop.links.find((l) => l.role === 'shadow' && l.name === name)!;
  const revoked = shadowOf('Rex');
  const response = await api(url, `/api/loops/${loop.loopId}/participants/${revoked.participantId}/link`, { method: 'DELETE', token: loop.organizer.token });
  if (response.status !== 204) throw new Error(`could not revoke: ${response.status}`);

  const secret = `SECRET-${randomUUID()}`;
  const bank = await bankOf(url, loop.loopId, loop.candidate.token, state === 'bank-shared', secret);

  const tokens: Record<Role, string | undefined> = {
    organizer: loop.organizer.token,
    candidate: loop.candidate.token,
    'interviewer-of-this-round': loop.interviewer(1).token,
    'interviewer-of-another-round': loop.interviewer(2).token,
    'bar-raiser': loop.barRaiser.token,
    shadow: shadowOf('Sid').token,
    'revoked-token': revoked.token,
    'token-of-another-loop': otherLoopToken,
    'no-token': undefined,
    'bank-owner': bank.ownerToken,
  };
  const sockets = new Map<string, TestClient>();
  const cards: Record<number, string> = {};
  /** The story each round's card holds (with the secret), and the planted retelling of rounds 1 and 2. */
  const stories: Record<number, string> = {};
  const planted: Record<number, string> = {};

  /** The socket of an interviewer by round position, or of a role. */
  async function socketOf(token: string): Promise<TestClient> {
    let socket = sockets.get(token);
    if (!socket) {
      socket = createClient(url, { token });
      sockets.set(token, socket);
      await connected(socket);
    }
    return socket;
  }

  async function ok<T>(ack: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>, what: string): Promise<T> {
    const answer = await ack;
    if (!answer.ok) throw new Error(`${what}: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  }

  async function writeCard(position: number, complete: boolean) {
    const socket = await socketOf(loop.interviewer(position).token);
    const card = await openCard(socket, rounds[position - 1]!);
    cards[position] = card.id;
    const story = storyOp(`${secret} story of round ${position}`);
    stories[position] = story.story.id;
    const ops: PatchOp[] = [story, { op: 'setText' as const, field: 'concerns' as const, value: `${secret} concern` }, ...(complete ? completingOps(card) : [])];
    if (state === 'debrief-conflict' && position <= 2) {
      // Team sizes both interviewers confirmed (8 vs 20), so the flag does not hang on how the notes read.
      const retold = plantedStory(position);
      planted[position] = retold.story.id;
      ops.push(retold);
    }
    await ok(command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: `world-${position}-tab`, seq: 1, ops }), 'patch');
    return card.id;
  }

  async function submit(position: number) {
    const socket = await socketOf(loop.interviewer(position).token);
    await ok(command(socket, 'scorecard:submit', { scorecardId: cards[position]! }), 'submit');
  }

  async function debrief(path: string, body: unknown) {
    const answer = await api(url, `/api/loops/${loop.loopId}/debrief/${path}`, { method: 'POST', token: loop.barRaiser.token, body });
    if (answer.status !== 200) throw new Error(`debrief ${path}: ${answer.status} ${answer.text}`);
  }

  const order: WorldState[] = ['fresh', 'card-open', 'card-complete'];
  const debriefOrder: WorldState[] = ['all-submitted', state === 'debrief-conflict' ? 'debrief-conflict' : 'debrief-open', 'debrief-revote', 'debrief-discuss', 'debrief-decide', 'debrief-decided', 'published'];
  if (order.indexOf(state) >= 1) await writeCard(1, state !== 'card-open');
  if (state === 'clock-running' || state === 'clock-paused') {
    const organizer = await socketOf(loop.organizer.token);
    await ok(command(organizer, 'clock:start', { roundId: rounds[0]! }), 'start');
    if (state === 'clock-paused') await ok(command(organizer, 'clock:pause', { roundId: rounds[0]! }), 'pause');
  }
  const step = debriefOrder.indexOf(state);
  if (step >= 0) {
    for (const position of [1, 2, 3, 4, 5]) {
      await writeCard(position, true);
      await submit(position);
    }
  }
  if (step >= 1) await debrief('open', {});
  if (step >= 2) await debrief('phase', { phase: 'revote' });
  if (step >= 3) await debrief('phase', { phase: 'discuss' });
  if (step >= 4) await debrief('phase', { phase: 'decide' });
  if (step >= 5) await debrief('decision', { decision: 'hire', rationale: 'Strong ownership across every round.' });
  if (step >= 6) await debrief('publish', { showInterviewerNames: false, strengths: ['Owns outcomes'], growthAreas: ['Quantify results'] });

  // Every world has a writing exercise, reviewed by this round's interviewer and the Bar Raiser:
  // a take-home open for writing, or a timed one not yet started.
  const writingReviewers = [loop.interviewer(1).participantId, loop.barRaiser.participantId];
  const mode = state === 'writing-timed' ? ({ type: 'timed', durationMinutes: 60 } as const) : ({ type: 'take-home', dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() } as const);
  const writing = await setUpWritingOverHttp(url, loop.loopId, loop.organizer.token, writingSetup(writingReviewers, mode));
  if (state === 'writing-written' || state === 'writing-submitted') {
    const candidate = await socketOf(loop.candidate.token);
    const ops = [{ op: 'choosePrompt' as const, promptId: 'narrative-hard-decision' }, { op: 'setText' as const, value: `${secret} I chose the smaller launch.` }];
    await ok(command(candidate, 'writing:patch', { exerciseId: writing, clientId: 'world-writing-tab', seq: 1, ops }), 'writing patch');
    if (state === 'writing-submitted') await ok(command(candidate, 'writing:submit', { exerciseId: writing }), 'writing submit');
  }

  return {
    url,
    loop,
    loopId: loop.loopId,
    rounds,
    tokens,
    secret,
    cards,
    stories,
    planted,
    /** The loop's writing exercise. */
    writing,
    /** The candidate's bank: attached and shared in 'bank-shared', otherwise detached (the loop has none). */
    bank,
    /** The participant whose link the organizer re-issues and revokes in the matrix. */
    linkTarget: shadowOf('Tia').participantId,
    /** Strings a refused caller must never see. */
    secrets: [secret, 'sam.secret@example.org', ...loop.links.map((l) => l.token), bank.ownerToken],
    socketOf,
    socket: (role: Role) => socketOf(tokens[role]!),
    close() {
      for (const socket of sockets.values()) socket.disconnect();
    },
  };
}

/** Round 1's or 2's telling of the planted story, with the team size its interviewer confirmed. */
function plantedStory(position: number) {
  const size = position === 1 ? 8 : 20;
  return {
    op: 'addStory' as const,
    story: {
      id: randomUUID(),
      questionId: null,
      questionText: 'Tell me about a time you simplified something for customers.',
      lps: ['customer-obsession' as const],
      ...PLANTED[position - 1]!,
      notes: '',
      flags: [],
      dataPoints: { team: { status: 'confirmed' as const, value: { kind: 'team' as const, size, whose: 'candidate' as const }, phrase: null } },
    },
  };
}

/** The candidate creates a bank; shared, it holds one story whose text carries the secret, else it is detached again. */
async function bankOf(url: string, loopId: string, candidateToken: string, shared: boolean, secret: string) {
  const created = await api(url, `/api/loops/${loopId}/bank`, { method: 'POST', token: candidateToken });
  if (created.status !== 201) throw new Error(`could not create a bank: ${created.status} ${created.text}`);
  const { ownerToken, bankId } = created.body as { ownerToken: string; bankId: string };
  const storyId = randomUUID();
  const story = { id: storyId, title: 'Refund backlog', situation: `${secret} bank story`, task: '', action: '', result: '', lps: ['ownership'], dataPoints: {} };
  const steps = shared
    ? [
        api(url, '/api/bank/patches', { method: 'POST', token: ownerToken, body: { clientId: 'world-bank-tab', seq: 1, ops: [{ op: 'addStory', story }] } }),
        api(url, `/api/loops/${loopId}/bank/share`, { method: 'POST', token: candidateToken, body: { shared: true } }),
      ]
    : [api(url, `/api/loops/${loopId}/bank`, { method: 'DELETE', token: candidateToken })];
  for (const step of steps) {
    const answer = await step;
    if (answer.status >= 300) throw new Error(`bank setup: ${answer.status} ${answer.text}`);
  }
  return { ownerToken, bankId, storyId };
}
