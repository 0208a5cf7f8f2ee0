import { scheduledClock, startClock, endClock, type AgendaRound, type ClockState, type Viewer } from '@mockloop/shared';
import { describe, expect, it } from 'vitest';
import { canControlClock, loopFlow, msUntilStart } from '../../../client/src/live/loopFlow';

const phases = [{ key: 'intro', label: 'Intro', minutes: 30 }];

function round(position: number, state: AgendaRound['state'] = 'not-started'): AgendaRound {
  return {
    id: `00000000-0000-4000-8000-00000000000${position}`,
    position,
    title: `Round ${position}`,
    kind: 'behavioral',
    startsAt: new Date(Date.UTC(2026, 11, 5, 9 + position)).toISOString(),
    endsAt: new Date(Date.UTC(2026, 11, 5, 9 + position, 30)).toISOString(),
    durationMinutes: 30,
    breakAfterMinutes: 30,
    phases,
    interviewerName: `Interviewer ${position}`,
    state,
  };
}

const running = (): ClockState => {
  const r = startClock(scheduledClock(phases), 1000);
  if (!r.ok) throw new Error();
  return r.data.state;
};
const ended = (): ClockState => {
  const r = endClock(running(), 2000);
  if (!r.ok) throw new Error();
  return r.data.state;
};

describe('loopFlow', () => {
  const rounds = [round(1), round(2), round(3)];
  const [r1, r2, r3] = rounds as [AgendaRound, AgendaRound, AgendaRound];

  it('before anything starts, round 1 is next', () => {
    expect(loopFlow(rounds, {})).toEqual({ live: null, next: r1, justEnded: null, done: false });
  });

  it('a running round is live and the one after it is next', () => {
    expect(loopFlow(rounds, { [r1.id]: running() })).toMatchObject({ live: r1, next: r2, justEnded: null });
  });

  it('between rounds the candidate is on a break after the last ended one', () => {
    expect(loopFlow(rounds, { [r1.id]: ended() })).toMatchObject({ live: null, next: r2, justEnded: r1, done: false });
  });

  it('is done when every round ended; the agenda stands in until the snapshot arrives', () => {
    expect(loopFlow(rounds, { [r1.id]: ended(), [r2.id]: ended(), [r3.id]: ended() }).done).toBe(true);
    expect(loopFlow([round(1, 'ended'), round(2, 'live')], {}).live?.position).toBe(2);
  });

  it('counts down to a scheduled start, never below zero', () => {
    const start = Date.parse(r2.startsAt);
    expect(msUntilStart(r2, start - 90_000)).toBe(90_000);
    expect(msUntilStart(r2, start + 1)).toBe(0);
  });
});

describe('canControlClock', () => {
  const viewer = (role: Viewer['role'], roundId: string | null): Viewer => ({
    participantId: '00000000-0000-4000-8000-000000000009',
    role,
    name: 'X',
    roundId,
    isBarRaiser: false,
  });
  const id = round(1).id;

  it('lets the round’s interviewer and the organizer run the clock, nobody else', () => {
    expect(canControlClock(viewer('interviewer', id), id)).toBe(true);
    expect(canControlClock(viewer('organizer', null), id)).toBe(true);
    expect(canControlClock(viewer('interviewer', round(2).id), id)).toBe(false);
    expect(canControlClock(viewer('candidate', null), id)).toBe(false);
    expect(canControlClock(viewer('shadow', id), id)).toBe(false);
  });
});
