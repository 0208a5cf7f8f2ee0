import { scheduledClock, startClock, pauseClock, type ClockState, type PresenceEntry } from '@mockloop/shared';
import { describe, expect, it } from 'vitest';
import { LiveStore } from '../../../client/src/live/liveStore';

const LOOP = '00000000-0000-4000-8000-000000000001';
const ROUND = '00000000-0000-4000-8000-000000000002';
const phases = [{ key: 'intro', label: 'Intro', minutes: 5 }];

function started(at: number): ClockState {
  const result = startClock(scheduledClock(phases), at);
  if (!result.ok) throw new Error(result.error.message);
  return result.data.state;
}

function paused(state: ClockState, at: number): ClockState {
  const result = pauseClock(state, at);
  if (!result.ok) throw new Error(result.error.message);
  return result.data.state;
}

const person: PresenceEntry = {
  participantId: '00000000-0000-4000-8000-000000000003',
  name: 'Ana',
  role: 'interviewer',
  isBarRaiser: false,
  online: true,
  roundId: ROUND,
};

describe('LiveStore', () => {
  it('is ready after the first snapshot of its loop and ignores other loops', () => {
    const store = new LiveStore();
    store.open(LOOP);
    expect(store.getState().ready).toBe(false);
    store.applySnapshot({ loopId: 'another', serverNow: 0, clocks: [], presence: [person] });
    expect(store.getState().ready).toBe(false);
    store.applySnapshot({ loopId: LOOP, serverNow: 0, clocks: [{ roundId: ROUND, state: started(1000) }], presence: [person] });
    expect(store.getState()).toMatchObject({ ready: true, presence: [person] });
    expect(store.getState().clocks[ROUND]?.status).toBe('running');
  });

  it('never winds a clock back: an older or equal version is ignored, from facts and snapshots alike', () => {
    const store = new LiveStore();
    store.open(LOOP);
    const running = started(1000);
    const pausedState = paused(running, 2000);
    store.applyClock(LOOP, ROUND, pausedState);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.applyClock(LOOP, ROUND, running);
    store.applyClock(LOOP, ROUND, pausedState);
    expect(notified).toBe(0);
    store.applySnapshot({ loopId: LOOP, serverNow: 0, clocks: [{ roundId: ROUND, state: running }], presence: [] });
    expect(store.getState().clocks[ROUND]).toBe(pausedState);
  });

  it('forgets everything when another loop opens', () => {
    const store = new LiveStore();
    store.open(LOOP);
    store.applyPresence(LOOP, [person]);
    store.open('another');
    expect(store.getState()).toMatchObject({ loopId: 'another', ready: false, presence: [], clocks: {} });
  });

  it('keeps the question shown to the candidate from the snapshot, then from the facts', () => {
    const store = new LiveStore();
    store.open(LOOP);
    store.applySnapshot({ loopId: LOOP, serverNow: 0, clocks: [], presence: [], shownQuestions: [{ roundId: ROUND, text: 'Tell me about a time…' }] });
    expect(store.getState().shownQuestions[ROUND]).toBe('Tell me about a time…');
    store.applyShownQuestion(LOOP, ROUND, 'Give me an example of…');
    expect(store.getState().shownQuestions[ROUND]).toBe('Give me an example of…');
    store.applyShownQuestion('another', ROUND, 'ignored');
    store.applyShownQuestion(LOOP, ROUND, null);
    expect(store.getState().shownQuestions).toEqual({});
  });
});

