import { describe, expect, it } from 'vitest';
import { isPolite, sendsMedia } from '@mockloop/shared';
import { callAccess, descriptionSends } from '../../../server/src/domain/call-access.js';
import type { Principal } from '../../../server/src/domain/principal.js';

const round = { id: 'round-1', loopId: 'loop-1' };
const who = (role: Principal['role'], roundId: string | null, loopId = 'loop-1'): Principal => ({ participantId: 'p', loopId, role, name: 'N', roundId, isBarRaiser: false });

describe('who may be in a round call', () => {
  it("admits the loop's candidate and the round's interviewer and shadows", () => {
    expect(callAccess(who('candidate', null), round)).toBe('member');
    expect(callAccess(who('interviewer', 'round-1'), round)).toBe('member');
    expect(callAccess(who('shadow', 'round-1'), round)).toBe('member');
  });

  it("refuses the organizer and other rounds' people, and tells another loop nothing", () => {
    expect(callAccess(who('organizer', null), round)).toBe('forbidden');
    expect(callAccess(who('interviewer', 'round-2'), round)).toBe('forbidden');
    expect(callAccess(who('shadow', 'round-2'), round)).toBe('forbidden');
    expect(callAccess(who('candidate', null, 'loop-2'), round)).toBe('not-found');
    expect(callAccess(who('candidate', null), null)).toBe('not-found');
  });

  it('lets shadows listen only', () => {
    expect([sendsMedia('candidate'), sendsMedia('interviewer'), sendsMedia('shadow'), sendsMedia('organizer')]).toEqual([true, true, false, false]);
  });

  it('spots a description that would send media', () => {
    expect(descriptionSends('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\n')).toBe(true);
    expect(descriptionSends('v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=sendonly\r\n')).toBe(true);
    expect(descriptionSends('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=recvonly\r\nm=video 0 UDP/TLS/RTP/SAVPF 96\r\na=inactive\r\n')).toBe(false);
    expect(descriptionSends(undefined)).toBe(false);
  });

  it('makes exactly one of two peers polite, the same on both ends', () => {
    const [a, b] = ['0b6c9d1e-0000-4000-8000-000000000001', 'f1a2b3c4-0000-4000-8000-000000000002'];
    expect(isPolite(a, b)).toBe(true);
    expect(isPolite(b, a)).toBe(false);
  });
});
