import { describe, expect, it } from 'vitest';
import { leaveCall, relaySignal } from '../../../server/src/application/calls.js';
import { collectingFacts } from '../../../server/src/application/facts.js';
import type { Database } from '../../../server/src/db/database.js';
import type { Principal } from '../../../server/src/domain/principal.js';

/**
 * The call use cases' decisions, read from the facts they return. Only the paths that read
 * nothing are here (a caller already in the call); the refusals that look the round up run
 * against a real database in tests/server/socket/call-signalling.test.ts.
 */

const ROUND = '6f1c1a52-0000-4000-8000-000000000001';
const PEER = '6f1c1a52-0000-4000-8000-0000000000aa';
const unread = { db: undefined as unknown as Database }; // in the call, nothing is read
const person = (role: Principal['role']): Principal => ({ participantId: '6f1c1a52-0000-4000-8000-0000000000bb', loopId: 'loop', role, name: 'N', roundId: ROUND, isBarRaiser: false });

describe('call use cases', () => {
  it("relay a signal to the target's room in the same call, marked with the sender", async () => {
    const port = collectingFacts();
    const outcome = await relaySignal(unread, person('interviewer'), { roundId: ROUND, to: PEER, candidate: { candidate: 'candidate:1 1 udp 1 192.0.2.1 1 typ host' } }, true);
    port.publish(outcome.facts);
    expect(port.published).toEqual([
      { kind: 'emit', rooms: [`call:${ROUND}:${PEER}`], event: 'call:signal', payload: { roundId: ROUND, from: person('interviewer').participantId, candidate: { candidate: 'candidate:1 1 udp 1 192.0.2.1 1 typ host' } } },
    ]);
  });

  it("refuse a shadow's description that would send, before anything is published", async () => {
    const offer = { roundId: ROUND, to: PEER, description: { type: 'offer' as const, sdp: 'v=0\r\na=sendonly\r\n' } };
    await expect(relaySignal(unread, person('shadow'), offer, true)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('tell the others, but not the leaver, that someone left', async () => {
    const { result, facts } = await leaveCall(unread, person('candidate'), ROUND, true, 'socket-1');
    expect(result).toBeNull();
    expect(facts).toEqual([
      { kind: 'emit', rooms: [`call:${ROUND}`], event: 'call:peer-left', payload: { roundId: ROUND, participantId: person('candidate').participantId, reason: 'left' }, exceptOrigin: 'socket-1' },
    ]);
  });
});
