import { MAX_PATCH_BYTES, missingForSubmit, patchBytes, type PatchAck, type Scorecard, type ScorecardPatch } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { participantRoom, type Principal } from '../domain/principal.js';
import { canReadScorecard, isInterviewerOf } from '../domain/visibility.js';
import { recordAudit } from '../repositories/audit.js';
import { isDebriefOpen } from '../repositories/debriefs.js';
import { findRoundOwner } from '../repositories/rounds.js';
import { applyPatch, loadScorecard, lockScorecard, loopScorecardIds, markSubmitted, openScorecard, type ScorecardRecord } from '../repositories/scorecards.js';
import { emitFact, type FactsPort } from './facts.js';
import { loopChangedFact } from './loop-events.js';

type ScorecardServiceDeps = { db: Database; facts: FactsPort; now: () => number };

const notYours = () => new DomainError('not-found', 'No such scorecard of yours.');

/** Scorecard rules over the repository: who may write, autosave, submit, and who may read. */
export function createScorecardService(deps: ScorecardServiceDeps) {
  const { db } = deps;

  async function open(principal: Principal, roundId: string): Promise<Scorecard> {
    const round = await findRoundOwner(db, roundId);
    if (!round || round.loopId !== principal.loopId) throw new DomainError('not-found', 'No such round in your loop.');
    if (!isInterviewerOf(principal, round)) throw new DomainError('forbidden', "Only this round's interviewer writes its scorecard.");
    return publicOf(await openScorecard(db, roundId, principal.participantId));
  }

  /** Applies an autosave; `exceptSocket` (the sender) does not get its own echo. */
  async function patch(principal: Principal, input: ScorecardPatch, exceptSocket?: string): Promise<PatchAck> {
    if (principal.role !== 'interviewer') throw notYours();
    if (patchBytes(input.ops) > MAX_PATCH_BYTES) throw new DomainError('payload-too-large', `A patch holds at most ${MAX_PATCH_BYTES / 1024} KB of changes; send them in smaller patches.`);
    const result = await applyPatch(db, input, principal.participantId);
    if (!result.duplicate) {
      const patched = { scorecardId: input.scorecardId, version: result.version, clientId: input.clientId, seq: input.seq, ops: input.ops };
      deps.facts.publish([
        emitFact([participantRoom(principal.participantId)], 'scorecard:patched', patched, exceptSocket),
        ...(result.version === 1 ? [loopChangedFact(result.loopId, 'scorecards')] : []), // not started -> draft
      ]);
    }
    return { version: result.version, duplicate: result.duplicate };
  }

  /**
   * Submits: completeness is checked on the card as read under its row lock, and the lock,
   * the vote and the audit line are one transaction, so an autosave racing the submit can
   * neither slip an incomplete card through nor leave a submit without its audit line.
   */
  async function submit(principal: Principal, scorecardId: string): Promise<Scorecard> {
    const at = new Date(deps.now());
    const card = await db.transaction(async (tx) => {
      await lockScorecard(tx, scorecardId);
      const card = await loadScorecard(tx, scorecardId);
      if (!card || card.interviewerId !== principal.participantId) throw notYours();
      if (card.status === 'submitted') throw new DomainError('locked', 'This scorecard is already submitted.');
      const missing = missingForSubmit(card.draft, card.assignedLps);
      if (missing.length) throw new DomainError('bad-request', `Not complete yet: ${missing.join(' ')}`, { missing });
      if (!(await markSubmitted(tx, card, at))) throw new DomainError('locked', 'This scorecard is already submitted.');
      await recordAudit(tx, { loopId: card.loopId, actorId: principal.participantId, actorRole: principal.role, action: 'scorecard.submitted', detail: { scorecardId } });
      return card;
    });
    deps.facts.publish([
      emitFact([participantRoom(principal.participantId)], 'scorecard:submitted', { scorecardId, roundId: card.roundId }),
      loopChangedFact(card.loopId, 'scorecards'),
    ]);
    return publicOf((await loadScorecard(db, scorecardId))!);
  }

  /** Reads a scorecard if the rules allow; otherwise "not found", so nothing leaks. */
  async function read(principal: Principal, scorecardId: string): Promise<Scorecard> {
    const card = await loadScorecard(db, scorecardId);
    if (!card) throw new DomainError('not-found', 'No such scorecard.');
    const ownCards = (await loopScorecardIds(db, card.loopId)).filter((c) => c.interviewerId === principal.participantId);
    const context = {
      readerHasSubmitted: ownCards.some((c) => c.status === 'submitted'),
      debriefOpen: await isDebriefOpen(db, card.loopId),
    };
    if (!canReadScorecard(principal, card, context)) throw new DomainError('not-found', 'No such scorecard.');
    return publicOf(card);
  }

  return { open, patch, submit, read };
}

export type ScorecardService = ReturnType<typeof createScorecardService>;

function publicOf(card: ScorecardRecord): Scorecard {
  const { loopId: _loopId, ...rest } = card;
  return rest;
}
