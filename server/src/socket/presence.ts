import type { ConnectedPort } from '../application/presence.js';
import { loopRoom } from '../domain/principal.js';
import type { MockLoopIo } from './gateway.js';

/**
 * Presence's transport port: the sockets actually connected to a loop's room, on every
 * server process (through the adapter), with the round page each has open.
 */
export function connectedSockets(io: MockLoopIo): ConnectedPort {
  return async (loopId) => {
    const online = new Map<string, string | null>();
    for (const socket of await io.in(loopRoom(loopId)).fetchSockets()) {
      const id = socket.data.principal.participantId;
      // With several tabs open, a round page wins over the lobby.
      online.set(id, online.get(id) ?? socket.data.roundId ?? null);
    }
    return online;
  };
}
