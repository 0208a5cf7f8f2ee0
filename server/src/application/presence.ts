import { ParticipantRole, type LiveSnapshot, type PresenceEntry } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { clockAccess } from '../domain/clock-access.js';
import { DomainError } from '../domain/errors.js';
import { roleRoom, type Principal } from '../domain/principal.js';
import { seesAsCandidate } from '../domain/visibility.js';
import { organizerIsCandidate } from '../repositories/loops.js';
import { loopPeople, markSeen } from '../repositories/participants.js';
import { recordArrival } from '../repositories/round-arrivals.js';
import { shownQuestionsOfLoop } from '../repositories/questions.js';
import { loadLoopClocks } from '../repositories/round-clocks.js';
import { findRoundOwner } from '../repositories/rounds.js';
import { emitFact, withoutFacts, type Fact, type Outcome } from './facts.js';
import { openSession } from './loops.js';

/**
 * Who is in a loop right now: the participant ids with a live connection, each with the
 * round page it has open (null: the lobby). The transport answers it from the connections
 * that actually exist (on every server process), never from a list of joins and leaves, so a
 * closed tab or a dropped network cannot leave a ghost behind.
 */
export type ConnectedPort = (loopId: string) => Promise<Map<string, string | null>>;

export type PresenceDeps = { db: Database; connected: ConnectedPort; now: () => number };

/** The loop's people, each marked online or not and with the round they are in. */
async function loopPresence(deps: Pick<PresenceDeps, 'db' | 'connected'>, loopId: string): Promise<PresenceEntry[]> {
  const [people, online] = await Promise.all([loopPeople(deps.db, loopId), deps.connected(loopId)]);
  return people.map((p) => ({
    participantId: p.id,
    name: p.name,
    role: p.role as PresenceEntry['role'],
    isBarRaiser: p.isBarRaiser,
    online: online.has(p.id),
    roundId: online.get(p.id) ?? null,
  }));
}

/**
 * The candidate must not learn who the Bar Raiser is, not even from the presence list; nor
 * must an organizer who is the candidate.
 */
function forViewer(viewer: { role: string }, loop: { organizerIsCandidate: boolean }, entries: PresenceEntry[]): PresenceEntry[] {
  return seesAsCandidate(viewer, loop) ? entries.map((e) => ({ ...e, isBarRaiser: false })) : entries;
}

/** Presence recomputed, as facts: each role's room hears what that role may see. */
export async function presenceChanged(deps: Pick<PresenceDeps, 'db' | 'connected'>, loopId: string): Promise<Outcome<PresenceEntry[]>> {
  const [entries, loop] = await Promise.all([loopPresence(deps, loopId), loopAudience(deps.db, loopId)]);
  const facts: Fact[] = ParticipantRole.options.map((role) =>
    emitFact([roleRoom(loopId, role)], 'presence:changed', { loopId, entries: forViewer({ role }, loop, entries) }),
  );
  return { result: entries, facts };
}

async function loopAudience(db: Database, loopId: string): Promise<{ organizerIsCandidate: boolean }> {
  return { organizerIsCandidate: await organizerIsCandidate(db, loopId) };
}

/** A live connection opened: the link counts as used, the person as seen, and the loop hears it. */
export async function sessionConnected(deps: PresenceDeps, principal: Principal): Promise<Outcome<null>> {
  const [opened] = await Promise.all([openSession(deps, principal), markSeen(deps.db, principal.participantId, new Date(deps.now()))]);
  const presence = await presenceChanged(deps, principal.loopId);
  return { result: null, facts: [...opened.facts, ...presence.facts] };
}

/**
 * The caller opened a round page (or, with null, the lobby). `place` records it on the
 * caller's connection, which the next presence reading sees. The first entry per round is
 * kept, so a group's reliability can tell who joined late or never.
 */
export async function enterRoom(
  deps: PresenceDeps & { place(roundId: string | null): void },
  principal: Principal,
  roundId: string | null,
): Promise<Outcome<PresenceEntry[]>> {
  if (roundId !== null && clockAccess(principal, await findRoundOwner(deps.db, roundId)) === 'not-found') {
    throw new DomainError('not-found', 'No such round in your loop.');
  }
  deps.place(roundId);
  if (roundId !== null) await recordArrival(deps.db, principal.participantId, roundId, new Date(deps.now()));
  const [{ result, facts }, loop] = await Promise.all([presenceChanged(deps, principal.loopId), loopAudience(deps.db, principal.loopId)]);
  return { result: forViewer(principal, loop, result), facts };
}

/** Everything a (re)connected page needs at once: clocks, presence and the questions on show. */
export async function liveSnapshot(deps: PresenceDeps, principal: Principal): Promise<Outcome<LiveSnapshot>> {
  const [clocks, presence, shown, loop] = await Promise.all([
    loadLoopClocks(deps.db, principal.loopId),
    loopPresence(deps, principal.loopId),
    shownQuestionsOfLoop(deps.db, principal.loopId),
    loopAudience(deps.db, principal.loopId),
  ]);
  // Shadows see only their own round's question.
  const shownQuestions = principal.role === 'shadow' ? shown.filter((q) => q.roundId === principal.roundId) : shown;
  return withoutFacts({ loopId: principal.loopId, serverNow: deps.now(), clocks, presence: forViewer(principal, loop, presence), shownQuestions });
}
