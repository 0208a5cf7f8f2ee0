import { CallSignal, JoinCall, type CallPeer } from '@mockloop/shared';
import { joinCall, leaveCall, peerOf, relaySignal, type CallDeps } from '../application/calls.js';
import { emitFact, type FactsPort } from '../application/facts.js';
import { callPeerRoom, callRoom } from '../domain/call-access.js';
import type { MockLoopIo, MockLoopSocket } from './gateway.js';
import { onCommand } from './handle.js';

type CallHandlerDeps = Omit<CallDeps, 'enterCall'> & { io: MockLoopIo; facts: FactsPort; log: { error(obj: unknown, msg: string): void } };

/** Everyone in a round's call, from the sockets in its room (every process, via the adapter). */
async function peersInCall(io: MockLoopIo, roundId: string): Promise<CallPeer[]> {
  const byParticipant = new Map<string, CallPeer>();
  for (const socket of await io.in(callRoom(roundId)).fetchSockets()) byParticipant.set(socket.data.principal.participantId, peerOf(socket.data.principal));
  return [...byParticipant.values()];
}

/** `call:join`, `call:leave`, `call:signal`: parse, authorise and decide in the use cases, then move the socket between rooms. */
export function registerCallHandlers(socket: MockLoopSocket, deps: CallHandlerDeps) {
  const principal = socket.data.principal;
  const { io, facts, log } = deps;
  const inCall = (roundId: string) => socket.rooms.has(callRoom(roundId));
  const rooms = (roundId: string) => [callRoom(roundId), callPeerRoom(roundId, principal.participantId)];
  const enterCall = async (roundId: string) => {
    io.in(callPeerRoom(roundId, principal.participantId)).except(socket.id).socketsLeave(rooms(roundId));
    await socket.join(rooms(roundId));
    return peersInCall(io, roundId);
  };
  const callDeps: CallDeps = { ...deps, enterCall };

  onCommand(socket, 'call:join', JoinCall, log, async ({ roundId }) => {
    const { result, facts: joined } = await joinCall(callDeps, principal, roundId, socket.id);
    facts.publish(joined);
    return result;
  });

  onCommand(socket, 'call:leave', JoinCall, log, async ({ roundId }) => {
    const { result, facts: left } = await leaveCall(deps, principal, roundId, inCall(roundId), socket.id);
    for (const room of rooms(roundId)) await socket.leave(room);
    facts.publish(left);
    return result;
  });

  onCommand(socket, 'call:signal', CallSignal, log, async (signal) => {
    const { result, facts: relayed } = await relaySignal(deps, principal, signal, inCall(signal.roundId));
    facts.publish(relayed);
    return result;
  });

  // Rooms are still known while disconnecting. The others keep their peer connection: media
  // may still flow, and a reconnecting tab re-joins and restarts ICE.
  socket.on('disconnecting', () => {
    for (const room of socket.rooms) {
      const roundId = room.startsWith('call:') && room.split(':').length === 2 ? room.slice('call:'.length) : null;
      if (roundId) facts.publish([emitFact([room], 'call:peer-left', { roundId, participantId: principal.participantId, reason: 'disconnected' }, socket.id)]);
    }
  });
}
