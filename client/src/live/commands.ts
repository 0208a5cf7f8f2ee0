/**
 * The live commands a screen sends. Each resolves with the server's answer in words the
 * person can act on; an accepted clock command is applied to the store at once (the fact that
 * follows carries the same version and is then ignored).
 */
import type { Ack, ClockState } from '@mockloop/shared';
import { useEffect } from 'react';
import { getSocket } from '../api/socket';
import { liveStore } from './liveStore';

const COMMAND_TIMEOUT_MS = 8000;

export type ClockCommandName = 'start' | 'pause' | 'resume' | 'extend' | 'end';
type CommandOutcome = { ok: true } | { ok: false; message: string };

const NOT_CONNECTED = 'You are offline right now, so the clock did not change. Try again once the page reconnects.';
const NO_ANSWER = 'The server did not answer in time. Check the clock before trying again: it may have changed.';

/** Sends `clock:<name>` for a round and applies the accepted state. */
export async function sendClockCommand(
  name: ClockCommandName,
  loopId: string,
  roundId: string,
  minutes?: number,
): Promise<CommandOutcome> {
  const socket = getSocket();
  if (!socket.connected) return { ok: false, message: NOT_CONNECTED };
  const withTimeout = socket.timeout(COMMAND_TIMEOUT_MS);
  let ack: Ack<ClockState>;
  try {
    ack =
      name === 'extend'
        ? await withTimeout.emitWithAck('clock:extend', { roundId, minutes: minutes ?? 1 })
        : await withTimeout.emitWithAck(`clock:${name}`, { roundId });
  } catch {
    return { ok: false, message: NO_ANSWER };
  }
  if (!ack.ok) return { ok: false, message: ack.error.message };
  liveStore.applyClock(loopId, roundId, ack.data);
  return { ok: true };
}

/**
 * Tells the others this page shows the round (presence), on mount and after every reconnect,
 * and that it left when the page closes inside the app. A closed tab needs nothing: the
 * server sees the socket go.
 */
export function usePresenceIn(loopId: string, roundId: string): void {
  useEffect(() => {
    const socket = getSocket();
    const enter = () => {
      socket.emit('presence:enter', { roundId }, (ack) => {
        if (ack.ok) liveStore.applyPresence(loopId, ack.data);
      });
    };
    socket.on('connect', enter);
    if (socket.connected) enter();
    return () => {
      socket.off('connect', enter);
      if (socket.connected) socket.emit('presence:enter', { roundId: null }, () => undefined);
    };
  }, [loopId, roundId]);
}
