import type { PresenceEntry } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { loopRoom, roleRoom } from '../domain/principal.js';
import { loopPeople } from '../repositories/participants.js';
import type { MockLoopIo } from './gateway.js';

/**
 * Who is in the loop right now. Computed from the sockets actually connected (across every
 * server process, through the adapter), never from a list of joins and leaves, so a tab that
 * closed or a network that dropped cannot leave a ghost behind once its socket is gone.
 */
export async function presenceOf(io: MockLoopIo, db: Database, loopId: string): Promise<PresenceEntry[]> {
  const [people, sockets] = await Promise.all([
    loopPeople(db, loopId),
    io.in(loopRoom(loopId)).fetchSockets(),
  ]);
  const online = new Map<string, string | null>();
  for (const socket of sockets) {
    const id = socket.data.principal.participantId;
    // With several tabs open, a round page wins over the lobby.
    online.set(id, online.get(id) ?? socket.data.roundId ?? null);
  }
  return people.map((p) => ({
    participantId: p.id,
    name: p.name,
    role: p.role as PresenceEntry['role'],
    isBarRaiser: p.isBarRaiser,
    online: online.has(p.id),
    roundId: online.get(p.id) ?? null,
  }));
}

/** The candidate must not learn who the Bar Raiser is, not even from the presence list. */
export function forViewer(viewer: { role: string }, entries: PresenceEntry[]): PresenceEntry[] {
  return viewer.role === 'candidate' ? entries.map((e) => ({ ...e, isBarRaiser: false })) : entries;
}

/** Recomputes a loop's presence and tells everyone in it (the candidate without the Bar Raiser). */
export async function broadcastPresence(io: MockLoopIo, db: Database, loopId: string): Promise<PresenceEntry[]> {
  const entries = await presenceOf(io, db, loopId);
  io.to(loopRoom(loopId)).except(roleRoom(loopId, 'candidate')).emit('presence:changed', { loopId, entries });
  io.to(roleRoom(loopId, 'candidate')).emit('presence:changed', { loopId, entries: forViewer({ role: 'candidate' }, entries) });
  return entries;
}
