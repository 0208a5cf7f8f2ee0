/**
 * Wires the socket to the live store: a full snapshot on every connect (facts sent while we
 * were away are lost, so we never rely on them), then clock and presence facts. Several
 * screens may ask for the feed at once; the socket listeners exist once, while anyone holds it.
 */
import type { Ack, ClockFact, LiveSnapshot, PresenceFact, QuestionShown } from '@mockloop/shared';
import { getSocket } from '../api/socket';
import { clientNow, clockSync } from './clockSync';
import { liveStore } from './liveStore';

const SNAPSHOT_TIMEOUT_MS = 10_000;
const SNAPSHOT_RETRY_MS = 2000;
const CLOCK_FACTS = ['clock:started', 'clock:paused', 'clock:resumed', 'clock:extended', 'clock:ended'] as const;

let holders = 0;
let detach: (() => void) | null = null;

/** Keeps the store fed for `loopId` until the returned release is called. */
export function holdLiveFeed(loopId: string): () => void {
  liveStore.open(loopId);
  clockSync();
  holders += 1;
  if (holders === 1) detach = attach();
  else void requestSnapshot();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0) {
      detach?.();
      detach = null;
    }
  };
}

function attach(): () => void {
  const socket = getSocket();
  const onConnect = () => void requestSnapshot();
  const onClock = (fact: ClockFact) => liveStore.applyClock(fact.loopId, fact.roundId, fact.state);
  const onPresence = (fact: PresenceFact) => liveStore.applyPresence(fact.loopId, fact.entries);
  socket.on('connect', onConnect);
  for (const fact of CLOCK_FACTS) socket.on(fact, onClock);
  const onShown = (fact: QuestionShown) => liveStore.applyShownQuestion(fact.loopId, fact.roundId, fact.text);
  socket.on('presence:changed', onPresence);
  socket.on('question:shown', onShown);
  if (socket.connected) void requestSnapshot();
  return () => {
    socket.off('connect', onConnect);
    for (const fact of CLOCK_FACTS) socket.off(fact, onClock);
    socket.off('presence:changed', onPresence);
    socket.off('question:shown', onShown);
  };
}

async function requestSnapshot(): Promise<void> {
  const socket = getSocket();
  if (!socket.connected) return; // the next connect asks again
  const sentAt = clientNow();
  try {
    const ack: Ack<LiveSnapshot> = await socket.timeout(SNAPSHOT_TIMEOUT_MS).emitWithAck('live:snapshot', {});
    if (!ack.ok) return;
    // The request was a round trip too: until the pings answer, it sets the clock offset.
    clockSync().addSample(sentAt, ack.data.serverNow, clientNow());
    liveStore.applySnapshot(ack.data);
  } catch {
    // No answer in time: ask again while someone still needs the feed (a dropped link
    // reconnects and asks on its own).
    setTimeout(() => {
      if (holders > 0) void requestSnapshot();
    }, SNAPSHOT_RETRY_MS);
  }
}
