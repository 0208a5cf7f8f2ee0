import { hasWhiteboard, type WhiteboardAck, type WhiteboardScene, type WhiteboardUpdate } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import { canReadWhiteboard, whiteboardAccess, whiteboardRoom, type WhiteboardRound } from '../domain/whiteboard-access.js';
import { isDebriefOpen } from '../repositories/debriefs.js';
import { applyWhiteboardUpdate, findWhiteboardRound, loadScene } from '../repositories/whiteboards.js';
import { emitFact, type Outcome } from './facts.js';

export type WhiteboardDeps = { db: Database };

const noBoard = () => new DomainError('not-found', 'No whiteboard for this round in your loop.');

/** The round, if it is in the caller's loop and is a design round; "not found" otherwise, so nothing leaks. */
async function roundOf(deps: WhiteboardDeps, principal: Principal, roundId: string): Promise<WhiteboardRound> {
  const round = await findWhiteboardRound(deps.db, roundId);
  if (!round || round.loopId !== principal.loopId || !hasWhiteboard(round.kind)) throw noBoard();
  return round;
}

/**
 * The current scene for someone who may draw or watch. `subscribe` runs once access is
 * granted and before the scene is read, so no update falls between the read and the first
 * fact the caller hears (one heard twice is harmless: merging is by element version).
 */
export async function openWhiteboard(deps: WhiteboardDeps, principal: Principal, roundId: string, subscribe?: () => Promise<void> | void): Promise<Outcome<WhiteboardScene>> {
  const round = await roundOf(deps, principal, roundId);
  const access = whiteboardAccess(principal, round);
  if (access === 'none') throw new DomainError('forbidden', "Only the round's candidate, interviewer, shadows and the Bar Raiser see its whiteboard.");
  await subscribe?.();
  const scene = await loadScene(deps.db, roundId);
  return { result: { roundId, ...scene, canDraw: access === 'draw' }, facts: [] };
}

/** Merges a drawer's changed elements; the others watching hear only what changed the scene. */
export async function updateWhiteboard(deps: WhiteboardDeps, principal: Principal, update: WhiteboardUpdate, origin?: string): Promise<Outcome<WhiteboardAck>> {
  const round = await roundOf(deps, principal, update.roundId);
  const access = whiteboardAccess(principal, round);
  if (access !== 'draw') throw new DomainError('forbidden', "Only the candidate and the round's interviewer draw on its whiteboard.");
  const applied = await applyWhiteboardUpdate(deps.db, update);
  const facts = applied.changed.length
    ? [emitFact([whiteboardRoom(round.id)], 'whiteboard:updated', { roundId: round.id, version: applied.version, clientId: update.clientId, seq: update.seq, elements: applied.changed }, origin)]
    : [];
  return { result: { version: applied.version, duplicate: applied.duplicate }, facts };
}

/** The scene read-only, for the debrief and for anyone who saw it live. */
export async function readWhiteboard(deps: WhiteboardDeps, principal: Principal, roundId: string): Promise<Outcome<WhiteboardScene>> {
  const round = await roundOf(deps, principal, roundId);
  if (!canReadWhiteboard(principal, round, await isDebriefOpen(deps.db, round.loopId))) throw noBoard();
  return { result: { roundId, ...(await loadScene(deps.db, roundId)), canDraw: false }, facts: [] };
}
