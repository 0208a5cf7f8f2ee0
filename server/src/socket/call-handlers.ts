import { CallSignal, JoinCall, type CallPeer } from '@mockloop/shared';
import { droppedFromCalls, joinCall, leaveCall, peerOf, relaySignal, type CallDeps } from '../application/calls.js';
import { callPeerRoom, callRoom } from '../domain/call-access.js';
import type { MockLoopIo, MockLoopSocket } from './gateway.js';
import { onCommand, type Edge } from './handle.js';

type CallHandlerDeps = Omit<CallDeps, 'enterCall'> & Edge & { io: MockLoopIo };

/** Everyone in a round's call, from the sockets in its room (every process, via the adapter). */
async function peersInCall(io: MockLoopIo, roundId: string): Promise<CallPeer[]> {
  const byParticipant = new Map<string, CallPeer>();
  for (const socket of await io.in(callRoom(roundId)).fetchSockets()) byParticipant.set(socket.data.principal.participantId, peerOf(socket.data.principal));
  return [...byParticipant.values()];
}

/** `call:join`, `call:leave`, `call:signal`: parse, authorise and decide in the use cases, then move the socket between rooms. */
export function registerCallHandlers(socket: MockLoopSocket, deps: CallHandlerDeps) {
  const principal = socket.data.principal;
  const { io } = deps;
  const inCall = (roundId: string) => socket.rooms.has(callRoom(roundId));
  const rooms = (roundId: string) => [callRoom(roundId), callPeerRoom(roundId, principal.participantId)];
  const enterCall = async (roundId: string) => {
    io.in(callPeerRoom(roundId, principal.participantId)).except(socket.id).socketsLeave(rooms(roundId));
    await socket.join(rooms(roundId));
    return peersInCall(io, roundId);
  };

  onCommand(socket, 'call:join', JoinCall, deps, ({ roundId }) => joinCall({ ...deps, enterCall }, principal, roundId, socket.id));

  onCommand(socket, 'call:leave', JoinCall, deps, async ({ roundId }) => {
    const left = await leaveCall(deps, principal, roundId, inCall(roundId), socket.id);
    for (const room of rooms(roundId)) await socket.leave(room);
    return left;
  });

  onCommand(socket, 'call:signal', CallSignal, deps, (signal) => relaySignal(deps, principal, signal, inCall(signal.roundId)));

  // Rooms are still known while disconnecting.
  socket.on('disconnecting', () => {
    const roundIds = [...socket.rooms].filter((room) => room.startsWith('call:') && room.split(':').length === 2).map((room) => room.slice('call:'.length));
    if (roundIds.length) deps.facts.publish(droppedFromCalls(principal, roundIds, socket.id).facts);
  });
}
