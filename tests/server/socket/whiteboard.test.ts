import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SCENE_ELEMENTS, MAX_UPDATE_ELEMENTS, type WhiteboardUpdated } from '@mockloop/shared';
import { loopRequest } from '../../fixtures/loops.js';
import { api, createLoop } from '../../helpers/api.js';
import { eventually } from '../../helpers/live.js';
import { roundIds } from '../../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command, connected, createClient, type TestClient } from '../../helpers/socket.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

const box = (id: string, version = 1, versionNonce = 1, extra: Record<string, unknown> = {}) => ({ id, type: 'rectangle', version, versionNonce, isDeleted: false, x: 0, y: 0, width: 80, height: 40, ...extra });

/** Round 2 ("Working backwards") is a design round: Ben interviews, Sid shadows. */
async function designRound() {
  const loop = await createLoop(server.url, loopRequest());
  const [round1, round2] = await roundIds(server.url, loop.loopId, loop.organizer.token);
  const join = async (token: string) => {
    const socket = createClient(server.url, { token });
    await connected(socket);
    return socket;
  };
  const [candidate, interviewer, shadow] = await Promise.all([join(loop.candidate.token), join(loop.interviewer(2).token), join(loop.shadow.token)]);
  return { loop, behavioralRound: round1!, roundId: round2!, candidate, interviewer, shadow, join };
}

function heard(socket: TestClient) {
  const facts: WhiteboardUpdated[] = [];
  socket.on('whiteboard:updated', (fact) => void facts.push(fact));
  return facts;
}

async function open(socket: TestClient, roundId: string) {
  const ack = await command(socket, 'whiteboard:open', { roundId });
  if (!ack.ok) throw new Error(`open: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

describe('the design round whiteboard over real sockets', () => {
  it('two drawers draw, the shadow watches, and a late joiner gets the merged scene', async () => {
    const { roundId, candidate, interviewer, shadow, join, loop } = await designRound();
    expect((await open(candidate, roundId)).canDraw).toBe(true);
    expect((await open(interviewer, roundId)).canDraw).toBe(true);
    const watch = await open(shadow, roundId);
    expect(watch).toMatchObject({ canDraw: false, version: 0, elements: [] });
    const shadowHeard = heard(shadow);
    const candidateHeard = heard(candidate);

    expect(await command(candidate, 'whiteboard:update', { roundId, clientId: 'candidate-tab', seq: 1, elements: [box('db', 1, 5, { text: 'Postgres' })] })).toEqual({ ok: true, data: { version: 1, duplicate: false } });
    expect(await command(interviewer, 'whiteboard:update', { roundId, clientId: 'interviewer-tab', seq: 1, elements: [box('queue', 1, 3)] })).toMatchObject({ ok: true });
    await eventually(() => shadowHeard.length === 2, 5000, 'the shadow hears both drawers');
    expect(shadowHeard.map((f) => f.elements[0]!.id).sort()).toEqual(['db', 'queue']);
    expect(candidateHeard.map((f) => f.clientId)).toEqual(['interviewer-tab']); // no echo of its own update

    // The watcher cannot draw.
    const refused = await command(shadow, 'whiteboard:update', { roundId, clientId: 'shadow-tab', seq: 1, elements: [box('graffiti')] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const bar = await join(loop.barRaiser.token);
    const late = await open(bar, roundId);
    expect(late).toMatchObject({ version: 2, canDraw: false });
    expect(late.elements.map((e) => e.id)).toEqual(['db', 'queue']);
    expect(late.elements[0]).toMatchObject({ text: 'Postgres', width: 80 });

    // The same scene over HTTP, read-only.
    const viaHttp = await api(server.url, `/api/loops/${loop.loopId}/rounds/${roundId}/whiteboard`, { token: loop.shadow.token });
    expect(viaHttp.status).toBe(200);
    expect(viaHttp.body.elements.map((e: { id: string }) => e.id)).toEqual(['db', 'queue']);
  });

  it("applies each client's updates once and in order: a replay is a duplicate, a gap is refused", async () => {
    const { roundId, candidate, shadow } = await designRound();
    await open(shadow, roundId);
    const shadowHeard = heard(shadow);
    const update = (seq: number, version: number) => ({ roundId, clientId: 'candidate-tab', seq, elements: [box('api', version, 1)] });

    expect(await command(candidate, 'whiteboard:update', update(1, 1))).toEqual({ ok: true, data: { version: 1, duplicate: false } });
    expect(await command(candidate, 'whiteboard:update', update(1, 1))).toEqual({ ok: true, data: { version: 1, duplicate: true } });
    const gap = await command(candidate, 'whiteboard:update', update(3, 3));
    expect(gap).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await command(candidate, 'whiteboard:update', update(2, 2))).toEqual({ ok: true, data: { version: 2, duplicate: false } });
    expect(await command(candidate, 'whiteboard:update', update(3, 3))).toEqual({ ok: true, data: { version: 3, duplicate: false } });

    await eventually(() => shadowHeard.length === 3, 5000, 'three applied updates heard');
    expect(shadowHeard.map((f) => [f.seq, f.elements[0]!.version])).toEqual([[1, 1], [2, 2], [3, 3]]);
    const scene = await open(shadow, roundId);
    expect(scene.elements).toHaveLength(1);
    expect(scene.elements[0]).toMatchObject({ id: 'api', version: 3 });
  });

  it('merges concurrent drawers by element version, so both converge whatever the arrival order', async () => {
    const { roundId, candidate, interviewer, shadow } = await designRound();
    await open(shadow, roundId);
    const shadowHeard = heard(shadow);
    await command(candidate, 'whiteboard:update', { roundId, clientId: 'candidate-tab', seq: 1, elements: [box('lb', 3, 50, { x: 300 })] });
    // An older edit of the same element arrives later: it changes nothing and nobody hears it.
    expect(await command(interviewer, 'whiteboard:update', { roundId, clientId: 'interviewer-tab', seq: 1, elements: [box('lb', 2, 1, { x: 999 })] })).toMatchObject({ ok: true, data: { version: 1 } });
    // Same version: the lower nonce wins (Excalidraw's rule).
    await command(interviewer, 'whiteboard:update', { roundId, clientId: 'interviewer-tab', seq: 2, elements: [box('lb', 3, 10, { x: 120 })] });
    await eventually(() => shadowHeard.length === 2, 5000, 'two changes heard');
    const scene = await open(candidate, roundId);
    expect(scene.elements).toEqual([expect.objectContaining({ id: 'lb', version: 3, versionNonce: 10, x: 120 })]);
  });

  it('keeps the scene within its limits, refusing the update that would pass them and storing none of it', async () => {
    const { roundId, candidate } = await designRound();
    const batches = Math.ceil(MAX_SCENE_ELEMENTS / MAX_UPDATE_ELEMENTS);
    for (let b = 0; b < batches; b++) {
      const count = Math.min(MAX_UPDATE_ELEMENTS, MAX_SCENE_ELEMENTS - b * MAX_UPDATE_ELEMENTS);
      const elements = Array.from({ length: count }, (_, i) => ({ id: `e${b}-${i}`, type: 'line', version: 1, versionNonce: i, isDeleted: false }));
      expect(await command(candidate, 'whiteboard:update', { roundId, clientId: 'filler-tab', seq: b + 1, elements })).toMatchObject({ ok: true });
    }
    const full = await command(candidate, 'whiteboard:update', { roundId, clientId: 'filler-tab', seq: batches + 1, elements: [box('one-too-many'), box('e0-0', 2, 1)] });
    expect(full).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    const scene = await open(candidate, roundId);
    expect(scene.elements).toHaveLength(MAX_SCENE_ELEMENTS);
    expect(scene.elements.find((e) => e.id === 'e0-0')).toMatchObject({ version: 1 }); // nothing of the refused update
    // Changing an element it already holds still works.
    expect(await command(candidate, 'whiteboard:update', { roundId, clientId: 'filler-tab', seq: batches + 1, elements: [box('e0-0', 2, 1)] })).toMatchObject({ ok: true });

    const huge = await command(candidate, 'whiteboard:update', { roundId, clientId: 'other-tab', seq: 1, elements: [box('huge', 1, 1, { points: Array.from({ length: 4000 }, (_, i) => [i, i]) })] });
    expect(huge).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const image = await command(candidate, 'whiteboard:update', { roundId, clientId: 'other-tab', seq: 1, elements: [{ ...box('pic'), type: 'image' }] });
    expect(image).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('has no whiteboard on other rounds, and none for people outside the round', async () => {
    const { behavioralRound, roundId, candidate, join, loop } = await designRound();
    expect(await command(candidate, 'whiteboard:open', { roundId: behavioralRound })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const organizer = await join(loop.organizer.token);
    const otherInterviewer = await join(loop.interviewer(1).token);
    for (const outsider of [organizer, otherInterviewer]) {
      expect(await command(outsider, 'whiteboard:open', { roundId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await command(outsider, 'whiteboard:update', { roundId, clientId: 'outsider-tab', seq: 1, elements: [box('x')] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const viaHttp = await api(server.url, `/api/loops/${loop.loopId}/rounds/${roundId}/whiteboard`, { token: loop.interviewer(1).token });
    expect(viaHttp.status).toBe(404); // until the debrief opens
  });
});
