import { MAX_PATCH_BYTES, missingForSubmit, patchBytes, type PatchAck, type Scorecard, type ScorecardPatch } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { participantRoom, type Principal } from '../domain/principal.js';
import { canReadScorecard, isInterviewerOf } from '../domain/visibility.js';
import { recordAudit } from '../repositories/audit.js';
import { isDebriefOpen } from '../repositories/debriefs.js';
import { findRoundOwner } from '../repositories/rounds.js';
import { applyPatch, loadScorecard, lockScorecard, loopScorecardIds, markSubmitted, openScorecard as openScorecardRow, type ScorecardRecord } from '../repositories/scorecards.js';
import { emitFact, withoutFacts, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

/** Scorecard rules over the repository: who may write, autosave, submit, and who may read. */

export type ScorecardDeps = { db: Database; now: () => number };

const notYours = () => new DomainError('not-found', 'No such scorecard of yours.');

/** The round's interviewer opens their scorecard (created empty the first time). */
export async function openScorecard(deps: ScorecardDeps, principal: Principal, roundId: string): Promise<Outcome<Scorecard>> {
  const round = await findRoundOwner(deps.db, roundId);
  if (!round || round.loopId !== principal.loopId) throw new DomainError('not-found', 'No such round in your loop.');
  if (!isInterviewerOf(principal, round)) throw new DomainError('forbidden', "Only this round's interviewer writes its scorecard.");
  return withoutFacts(publicOf(await openScorecardRow(deps.db, roundId, principal.participantId)));
}

/**
 * Applies an autosave exactly once and in order (the repository's transaction checks the
 * author, the lock and the sequence). The writer's other tabs hear it; `origin` (the
 * sender) does not get its own echo; the loop hears when the card leaves "not started".
 */
export async function patchScorecard(deps: ScorecardDeps, principal: Principal, input: ScorecardPatch, origin?: string): Promise<Outcome<PatchAck>> {
  if (principal.role !== 'interviewer') throw notYours();
  if (patchBytes(input.ops) > MAX_PATCH_BYTES) throw new DomainError('payload-too-large', `A patch holds at most ${MAX_PATCH_BYTES / 1024} KB of changes; send them in smaller patches.`);
  const applied = await applyPatch(deps.db, input, principal.participantId);
  const result = { version: applied.version, duplicate: applied.duplicate };
  if (applied.duplicate) return withoutFacts(result);
  const patched = { scorecardId: input.scorecardId, version: applied.version, clientId: input.clientId, seq: input.seq, ops: input.ops };
  return {
    result,
    facts: [
      emitFact([participantRoom(principal.participantId)], 'scorecard:patched', patched, origin),
      ...(applied.version === 1 ? [loopChangedFact(applied.loopId, 'scorecards')] : []), // not started -> draft
    ],
  };
}

/**
 * Submits: completeness is checked on the card as read under its row lock, and the lock,
 * the vote and the audit line are one transaction, so an autosave racing the submit can
 * neither slip an incomplete card through nor leave a submit without its audit line.
 */
export async function submitScorecard(deps: ScorecardDeps, principal: Principal, scorecardId: string): Promise<Outcome<Scorecard>> {
  const at = new Date(deps.now());
  const card = await deps.db.transaction(async (tx) => {
    await lockScorecard(tx, scorecardId);
    const card = await loadScorecard(tx, scorecardId);
    if (!card || card.interviewerId !== principal.participantId) throw notYours();
    if (card.status === 'submitted') throw new DomainError('locked', 'This scorecard is already submitted.');
    const missing = missingForSubmit(card.draft, card.assignedLps);
    if (missing.length) throw new DomainError('bad-request', `Not complete yet: ${missing.join(' ')}`, { missing });
    await markSubmitted(tx, card, at); // a draft, read under its row lock: the update cannot miss it
    await recordAudit(tx, { loopId: card.loopId, actorId: principal.participantId, actorRole: principal.role, action: 'scorecard.submitted', detail: { scorecardId } });
    return (await loadScorecard(tx, scorecardId))!;
  });
  return {
    result: publicOf(card),
    facts: [
      emitFact([participantRoom(principal.participantId)], 'scorecard:submitted', { scorecardId, roundId: card.roundId }),
      loopChangedFact(card.loopId, 'scorecards'),
    ],
  };
}

/** Reads a scorecard if the rules allow; otherwise "not found", so nothing leaks. */
export async function readScorecard(deps: Pick<ScorecardDeps, 'db'>, principal: Principal, scorecardId: string): Promise<Outcome<Scorecard>> {
  const card = await loadScorecard(deps.db, scorecardId);
  if (!card) throw new DomainError('not-found', 'No such scorecard.');
  const ownCards = (await loopScorecardIds(deps.db, card.loopId)).filter((c) => c.interviewerId === principal.participantId);
  const context = {
    readerHasSubmitted: ownCards.some((c) => c.status === 'submitted'),
    debriefOpen: await isDebriefOpen(deps.db, card.loopId),
  };
  if (!canReadScorecard(principal, card, context)) throw new DomainError('not-found', 'No such scorecard.');
  return withoutFacts(publicOf(card));
}

function publicOf(card: ScorecardRecord): Scorecard {
  const { loopId: _loopId, ...rest } = card;
  return rest;
}
