import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../server/src/domain/principal.js';
import { canReadWhiteboard, whiteboardAccess } from '../../../server/src/domain/whiteboard-access.js';

const LOOP = '00000000-0000-4000-8000-00000000000a';
const ROUND = '00000000-0000-4000-8000-000000000001';
const OTHER_ROUND = '00000000-0000-4000-8000-000000000002';
const design = { id: ROUND, loopId: LOOP, kind: 'technical' as const };
const behavioral = { ...design, kind: 'behavioral' as const };
const who = (role: Principal['role'], roundId: string | null = null, isBarRaiser = false, loopId = LOOP): Principal => ({ participantId: 'p', loopId, role, name: 'n', roundId, isBarRaiser });

describe('who draws on and who watches a round whiteboard', () => {
  it('the candidate and the round interviewer draw; its shadow and the Bar Raiser watch; nobody else', () => {
    expect(whiteboardAccess(who('candidate'), design)).toBe('draw');
    expect(whiteboardAccess(who('interviewer', ROUND), design)).toBe('draw');
    expect(whiteboardAccess(who('interviewer', ROUND, true), design)).toBe('draw'); // the Bar Raiser running this round
    expect(whiteboardAccess(who('shadow', ROUND), design)).toBe('watch');
    expect(whiteboardAccess(who('interviewer', OTHER_ROUND, true), design)).toBe('watch');
    expect(whiteboardAccess(who('interviewer', OTHER_ROUND), design)).toBe('none');
    expect(whiteboardAccess(who('shadow', OTHER_ROUND), design)).toBe('none');
    expect(whiteboardAccess(who('organizer'), design)).toBe('none');
    expect(whiteboardAccess(who('candidate', null, false, '00000000-0000-4000-8000-00000000000b'), design)).toBe('none');
  });

  it('rounds that are not design rounds have no whiteboard', () => {
    expect(whiteboardAccess(who('candidate'), behavioral)).toBe('none');
    expect(canReadWhiteboard(who('interviewer', ROUND), behavioral, true)).toBe(false);
  });

  it('every interviewer of the loop reads the scene once the debrief is open, never before; the organizer never', () => {
    expect(canReadWhiteboard(who('interviewer', OTHER_ROUND), design, false)).toBe(false);
    expect(canReadWhiteboard(who('interviewer', OTHER_ROUND), design, true)).toBe(true);
    expect(canReadWhiteboard(who('organizer'), design, true)).toBe(false);
    expect(canReadWhiteboard(who('shadow', ROUND), design, false)).toBe(true);
  });
});
