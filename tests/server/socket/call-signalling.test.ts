import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallJoined, CallPeerJoined, CallPeerLeft, CallSignalled, ServerToClientEvents } from '@mockloop/shared';
import { matrixLoopRequest } from '../../security/world.js';
import { createLoop } from '../../helpers/api.js';
import { roundIds } from '../../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command, connected, createClient, type TestClient } from '../../helpers/socket.js';

/** The round call's signalling over real sockets: who may join, who hears what, TURN credentials. */

const TURN = { urls: ['turn:turn.example.org:3478'], secret: 'call-test-shared-secret', ttlSeconds: 3600 };
let server: TestServer;
let loop: Awaited<ReturnType<typeof createLoop>>;
let round1: string;
let other: Awaited<ReturnType<typeof createLoop>>;

beforeAll(async () => {
  server = await startTestServer({ config: { ice: { servers: [{ urls: 'stun:stun.example.org:3478' }], turn: TURN } } });
  [loop, other] = await Promise.all([createLoop(server.url, matrixLoopRequest()), createLoop(server.url, matrixLoopRequest())]);
  round1 = (await roundIds(server.url, loop.loopId, loop.organizer.token))[0]!;
});
afterEach(() => closeAllClients());
afterAll(() => server.close());

const shadow = () => loop.links.find((l) => l.role === 'shadow' && l.name === 'Sid')!;

async function open(token: string): Promise<TestClient> {
  const socket = createClient(server.url, { token });
  await connected(socket);
  return socket;
}

async function join(socket: TestClient, roundId = round1): Promise<CallJoined> {
  const ack = await command(socket, 'call:join', { roundId });
  if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

function next<E extends 'call:signal' | 'call:peer-joined' | 'call:peer-left'>(socket: TestClient, event: E) {
  return new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
    (socket as unknown as { once(e: string, f: (p: unknown) => void): void }).once(event, (payload) => {
      clearTimeout(timer);
      resolve(payload as Parameters<ServerToClientEvents[E]>[0]);
    });
  });
}

const hostCandidate = (n: number) => ({ candidate: `candidate:${n} 1 udp 2122260223 192.0.2.1 5440${n} typ host`, sdpMid: '0', sdpMLineIndex: 0 });

describe('a round call', () => {
  it('lets the candidate, interviewer and shadow of a round find each other, with listen-only shadows', async () => {
    const candidate = await open(loop.candidate.token);
    const first = await join(candidate);
    expect(first.peers).toEqual([]);
    expect(first.self).toMatchObject({ participantId: loop.candidate.participantId, role: 'candidate', sendsMedia: true });

    const interviewer = await open(loop.interviewer(1).token);
    const heard = next(candidate, 'call:peer-joined');
    const second = await join(interviewer);
    expect(second.peers.map((p) => p.participantId)).toEqual([loop.candidate.participantId]);
    expect((await heard).peer).toMatchObject({ participantId: loop.interviewer(1).participantId, role: 'interviewer' });

    const sid = await open(shadow().token);
    const third = await join(sid);
    expect(third.self).toMatchObject({ role: 'shadow', sendsMedia: false });
    expect(third.peers.map((p) => p.participantId).sort()).toEqual([loop.candidate.participantId, loop.interviewer(1).participantId].sort());
  });

  it('hands out ICE servers with TURN credentials coturn can check, valid for the configured time', async () => {
    const before = Date.now();
    const { iceServers, iceExpiresAt } = await join(await open(loop.candidate.token));
    const turn = iceServers.find((s) => s.username)!;
    expect(iceServers[0]).toEqual({ urls: 'stun:stun.example.org:3478' });
    expect(turn.urls).toEqual(TURN.urls);
    const [expiry, participantId] = turn.username!.split(':');
    expect(participantId).toBe(loop.candidate.participantId);
    expect(Number(expiry) * 1000).toBe(iceExpiresAt);
    expect(iceExpiresAt! - before).toBeGreaterThanOrEqual(TURN.ttlSeconds * 1000 - 1000);
    expect(turn.credential).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });

  it('relays a signal to its target only, marked with the sender', async () => {
    const [candidate, interviewer, sid] = await Promise.all([open(loop.candidate.token), open(loop.interviewer(1).token), open(shadow().token)]);
    for (const s of [candidate, interviewer, sid]) await join(s);
    const shadowHeard: CallSignalled[] = [];
    sid.on('call:signal', (s) => shadowHeard.push(s));

    const received = next(interviewer, 'call:signal');
    const offer = { type: 'offer' as const, sdp: 'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n' };
    expect(await command(candidate, 'call:signal', { roundId: round1, to: loop.interviewer(1).participantId, description: offer })).toEqual({ ok: true, data: null });
    expect(await received).toEqual({ roundId: round1, from: loop.candidate.participantId, description: offer });

    // A signal to the shadow afterwards arrives after anything sent before it: the offer never did.
    const toShadow = next(sid, 'call:signal');
    await command(candidate, 'call:signal', { roundId: round1, to: shadow().participantId, candidate: hostCandidate(1) });
    expect(await toShadow).toMatchObject({ from: loop.candidate.participantId, candidate: hostCandidate(1) });
    expect(shadowHeard).toHaveLength(1);
  });

  it('refuses a shadow description that would send media, and accepts a receive-only one', async () => {
    const [candidate, sid] = await Promise.all([open(loop.candidate.token), open(shadow().token)]);
    await join(candidate);
    await join(sid);
    const to = loop.candidate.participantId;
    const sending = await command(sid, 'call:signal', { roundId: round1, to, description: { type: 'offer', sdp: 'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n' } });
    expect(sending).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const listening = await command(sid, 'call:signal', { roundId: round1, to, description: { type: 'answer', sdp: 'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=recvonly\r\n' } });
    expect(listening).toEqual({ ok: true, data: null });
  });

  it("refuses outsiders: another round's interviewer, the organizer, another loop; their signals reach no one", async () => {
    const candidate = await open(loop.candidate.token);
    await join(candidate);
    const heard: CallSignalled[] = [];
    candidate.on('call:signal', (s) => heard.push(s));

    for (const token of [loop.interviewer(2).token, loop.organizer.token, loop.barRaiser.token]) {
      const outsider = await open(token);
      expect(await command(outsider, 'call:join', { roundId: round1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const signal = await command(outsider, 'call:signal', { roundId: round1, to: loop.candidate.participantId, candidate: hostCandidate(2) });
      expect(signal).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const foreign = await open(other.candidate.token);
    expect(await command(foreign, 'call:join', { roundId: round1 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await command(foreign, 'call:signal', { roundId: round1, to: loop.candidate.participantId, candidate: hostCandidate(3) })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // A member's signal sent afterwards is the first thing the candidate hears.
    const interviewer = await open(loop.interviewer(1).token);
    await join(interviewer);
    const first = next(candidate, 'call:signal');
    await command(interviewer, 'call:signal', { roundId: round1, to: loop.candidate.participantId, candidate: hostCandidate(4) });
    expect((await first).from).toBe(loop.interviewer(1).participantId);
    expect(heard).toHaveLength(1);
  });

  it('tells the others when someone leaves, drops (they keep the connection), or moves to another tab', async () => {
    const [candidate, interviewer] = await Promise.all([open(loop.candidate.token), open(loop.interviewer(1).token)]);
    await join(candidate);
    await join(interviewer);
    const me = loop.interviewer(1).participantId;

    let left: Promise<CallPeerLeft> = next(candidate, 'call:peer-left');
    expect(await command(interviewer, 'call:leave', { roundId: round1 })).toEqual({ ok: true, data: null });
    expect(await left).toEqual({ roundId: round1, participantId: me, reason: 'left' });
    expect(await command(interviewer, 'call:signal', { roundId: round1, to: loop.candidate.participantId, candidate: hostCandidate(5) })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    await join(interviewer);
    left = next(candidate, 'call:peer-left');
    interviewer.disconnect();
    expect(await left).toEqual({ roundId: round1, participantId: me, reason: 'disconnected' });

    const [tab1, tab2] = [await open(loop.interviewer(1).token), await open(loop.interviewer(1).token)];
    await join(tab1);
    const replaced = next(tab1, 'call:peer-left');
    const rejoined: Promise<CallPeerJoined> = next(candidate, 'call:peer-joined');
    await join(tab2);
    expect(await replaced).toEqual({ roundId: round1, participantId: me, reason: 'replaced' });
    expect((await rejoined).peer.participantId).toBe(me);
    // Only the new tab hears signals now.
    const onNewTab = next(tab2, 'call:signal');
    await command(candidate, 'call:signal', { roundId: round1, to: me, candidate: hostCandidate(6) });
    await onNewTab;
    expect(await command(tab1, 'call:signal', { roundId: round1, to: loop.candidate.participantId, candidate: hostCandidate(7) })).toMatchObject({ ok: false });
  });
});
