import type { ClockFact, ClockState, LiveSnapshot, PresenceFact } from '@mockloop/shared';
import { command, connected, createClient, type TestClient } from './socket.js';

/** A connected participant socket that records every clock and presence fact it hears. */
export async function joinLive(url: string, token: string) {
  const socket = createClient(url, { token });
  const facts: { type: string; fact: ClockFact }[] = [];
  const presence: PresenceFact[] = [];
  for (const type of ['clock:started', 'clock:paused', 'clock:resumed', 'clock:extended', 'clock:ended'] as const) {
    socket.on(type, (fact) => facts.push({ type, fact }));
  }
  socket.on('presence:changed', (fact) => presence.push(fact));
  await connected(socket);
  return { socket, facts, presence };
}

/** Resolves with the next fact of this type (or rejects after a while). */
export function nextFact(socket: TestClient, type: 'clock:started' | 'clock:paused' | 'clock:resumed' | 'clock:extended' | 'clock:ended', timeoutMs = 5000) {
  return new Promise<ClockFact>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(type, (fact) => {
      clearTimeout(timer);
      resolve(fact);
    });
  });
}

export async function snapshot(socket: TestClient): Promise<LiveSnapshot> {
  const ack = await command(socket, 'live:snapshot', {});
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.data;
}

export async function clockOf(socket: TestClient, roundId: string): Promise<ClockState> {
  const found = (await snapshot(socket)).clocks.find((c) => c.roundId === roundId);
  if (!found) throw new Error('round not in snapshot');
  return found.state;
}

/** Waits until `check` passes or the time is up. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition') {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
