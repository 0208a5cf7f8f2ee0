import { sendsMedia, type CallJoined, type CallPeer, type CallSignal, type IceServer } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { callAccess, callPeerRoom, callRoom, descriptionSends } from '../domain/call-access.js';
import { DomainError } from '../domain/errors.js';
import { participantRoom, type Principal } from '../domain/principal.js';
import { iceServersFor, type TurnConfig } from '../domain/turn-credentials.js';
import { findRoundOwner } from '../repositories/rounds.js';
import { emitFact, type Outcome } from './facts.js';

/**
 * The voice and video call of a round. Membership lives in the transport (the Socket.IO rooms
 * `call:<roundId>`, shared across processes by the Redis adapter), so these use cases decide
 * and the socket adapter joins, leaves and relays; nothing is written to the database.
 */
export type CallDeps = {
  db: Database;
  ice: { servers: IceServer[]; turn: TurnConfig | undefined };
  now: () => number;
  /**
   * Puts the caller's connection in a round's call (an older tab of the same person leaves
   * it) and returns who is in it now, one entry per participant. Entering before looking
   * means two people joining at once always find each other, by the list or by the fact.
   */
  enterCall(roundId: string): Promise<CallPeer[]>;
};

export const peerOf = (principal: Principal): CallPeer => ({
  participantId: principal.participantId,
  name: principal.name,
  role: principal.role,
  sendsMedia: sendsMedia(principal.role),
});

async function requireMember(db: Database, principal: Principal, roundId: string): Promise<void> {
  const access = callAccess(principal, await findRoundOwner(db, roundId));
  if (access === 'not-found') throw new DomainError('not-found', 'No such round in your loop.');
  if (access === 'forbidden') throw new DomainError('forbidden', "Only this round's candidate, interviewer and shadows can join its call.");
}

/**
 * Joins the caller to a round's call. The others hear `call:peer-joined` (also when the caller
 * comes back after a dropped socket: they keep their connection and expect an ICE restart);
 * an older tab of the same person hears that it was replaced.
 */
export async function joinCall(deps: CallDeps, principal: Principal, roundId: string, origin: string): Promise<Outcome<CallJoined>> {
  await requireMember(deps.db, principal, roundId);
  const self = peerOf(principal);
  const peers = (await deps.enterCall(roundId)).filter((p) => p.participantId !== self.participantId);
  const ice = iceServersFor(deps.ice, principal.participantId, deps.now());
  return {
    result: { roundId, self, peers, ...ice },
    facts: [
      emitFact([participantRoom(self.participantId)], 'call:peer-left', { roundId, participantId: self.participantId, reason: 'replaced' }, origin),
      emitFact([callRoom(roundId)], 'call:peer-joined', { roundId, peer: self }, origin),
    ],
  };
}

/** Leaves a round's call on purpose; a no-op for a member who is not in it. */
export async function leaveCall(deps: Pick<CallDeps, 'db'>, principal: Principal, roundId: string, inCall: boolean, origin: string): Promise<Outcome<null>> {
  if (!inCall) {
    await requireMember(deps.db, principal, roundId);
    return { result: null, facts: [] };
  }
  return { result: null, facts: [emitFact([callRoom(roundId)], 'call:peer-left', { roundId, participantId: principal.participantId, reason: 'left' }, origin)] };
}

/**
 * Relays one perfect-negotiation message to one peer of the same call. The sender must be in
 * the call (so it is a member); the target's room only ever holds members of that call, so
 * no signal crosses rounds. A hot path: when the sender is in the call, nothing is read.
 */
export async function relaySignal(deps: Pick<CallDeps, 'db'>, principal: Principal, signal: CallSignal, inCall: boolean): Promise<Outcome<null>> {
  if (!inCall) {
    await requireMember(deps.db, principal, signal.roundId);
    throw new DomainError('forbidden', 'Join the call before signalling to its peers.');
  }
  if (!sendsMedia(principal.role) && descriptionSends(signal.description?.sdp)) {
    throw new DomainError('forbidden', 'Shadows listen only: this description would send media.');
  }
  const { roundId, to, description, candidate } = signal;
  const payload = { roundId, from: principal.participantId, ...(description ? { description } : {}), ...(candidate !== undefined ? { candidate } : {}) };
  return { result: null, facts: [emitFact([callPeerRoom(roundId, to)], 'call:signal', payload)] };
}

/**
 * A connection dropped while in these rounds' calls: the others hear it left. They keep
 * their peer connection (media may still flow), and a reconnecting tab re-joins and
 * restarts ICE. No request waits: the adapter publishes these itself.
 */
export function droppedFromCalls(principal: Principal, roundIds: readonly string[], origin: string): Outcome<null> {
  return {
    result: null,
    facts: roundIds.map((roundId) => emitFact([callRoom(roundId)], 'call:peer-left', { roundId, participantId: principal.participantId, reason: 'disconnected' }, origin)),
  };
}
