import {
  feedbackToMarkdown,
  type CandidateFeedback,
  type DebriefBoard,
  type DebriefPhase,
  type PublishFeedback,
  type RecordDecision,
  type Spotlight,
  type Vote,
} from '@mockloop/shared';
import type { Database, Executor } from '../db/database.js';
import { buildDebriefBoard } from '../domain/debrief/board.js';
import { buildCandidateFeedback } from '../domain/debrief/candidate-feedback.js';
import { writingReviewsFor } from '../domain/debrief/writing-board.js';
import { bankFeedback } from '../domain/debrief/bank-feedback.js';
import { bankOfLoop, loadBank } from '../repositories/banks.js';
import { checkDecision, checkPhaseMove, checkPublish } from '../domain/debrief/phases.js';
import { DomainError } from '../domain/errors.js';
import { roleRoom, type Principal } from '../domain/principal.js';
import { recordAudit, type AuditEntry } from '../repositories/audit.js';
import { insertDebrief, loadDebrief, loadDebriefInputs, recordRead, recordRevote, updateDebrief } from '../repositories/debriefs.js';
import { loadLoop } from '../repositories/loops.js';
import { loopScorecardIds } from '../repositories/scorecards.js';
import { emitFact, type FactsPort } from './facts.js';
import { loopChangedFact } from './loop-events.js';

type DebriefServiceDeps = { db: Database; facts: FactsPort; now: () => number };

const BEFORE_DECISION: DebriefPhase[] = ['read', 'revote', 'discuss', 'decide'];

/**
 * The Bar Raiser's debrief: who may open, read, re-vote, steer, decide and publish. Only
 * interviewers who submitted their own scorecard sit at the table; the candidate and the
 * organizer see nothing until the feedback is published, and then exactly that.
 */
export function createDebriefService(deps: DebriefServiceDeps) {
  const { db } = deps;

  async function requireBarRaiser(principal: Principal) {
    if (principal.role !== 'interviewer' || !principal.isBarRaiser) {
      throw new DomainError('forbidden', 'Only the Bar Raiser can do this.');
    }
  }

  /** The caller's seat at the table; returns the debrief and the loop's scorecards it checked. */
  async function requireSeat(principal: Principal) {
    if (principal.role !== 'interviewer') throw new DomainError('forbidden', 'Only interviewers take part in the debrief.');
    const cards = await loopScorecardIds(db, principal.loopId);
    const mine = cards.find((c) => c.interviewerId === principal.participantId);
    if (mine?.status !== 'submitted') throw new DomainError('forbidden', 'Submit your own scorecard before reading the others.');
    const debrief = await loadDebrief(db, principal.loopId);
    if (!debrief) throw new DomainError('conflict', 'The debrief has not opened yet.');
    return Object.assign(debrief, { cards });
  }

  async function fullBoard(principal: Principal): Promise<DebriefBoard> {
    const debrief = await requireSeat(principal);
    return buildDebriefBoard(await loadDebriefInputs(db, principal.loopId, debrief));
  }

  /** The board as the caller may read it: a writing reviewer sees the other reviews once their own is in. */
  async function board(principal: Principal): Promise<DebriefBoard> {
    return writingReviewsFor(await fullBoard(principal), principal.participantId);
  }

  function announce(loopId: string, phase: DebriefPhase, spotlight: Spotlight | null) {
    deps.facts.publish([emitFact([roleRoom(loopId, 'interviewer')], 'debrief:changed', { loopId, phase, spotlight })]);
  }

  /**
   * One debrief step: the compare-and-set change and its audit line commit together (or
   * neither does), then the table hears the new state.
   */
  async function change(principal: Principal, apply: (tx: Executor) => Promise<boolean>, refusal: string, audit?: AuditEntry) {
    await db.transaction(async (tx) => {
      if (!(await apply(tx))) throw new DomainError('invalid-transition', refusal);
      if (audit) await recordAudit(tx, audit);
    });
    const after = (await loadDebrief(db, principal.loopId))!;
    announce(principal.loopId, after.phase as DebriefPhase, after.spotlight as Spotlight | null);
  }

  return {
    board,

    async open(principal: Principal, reason: string | undefined) {
      await requireBarRaiser(principal);
      const cards = await loopScorecardIds(db, principal.loopId);
      const own = cards.find((c) => c.interviewerId === principal.participantId);
      if (own?.status !== 'submitted') throw new DomainError('forbidden', 'Submit your own scorecard before opening the debrief.');
      const record = (await loadLoop(db, principal.loopId))!;
      const interviewers = record.participants.filter((p) => p.role === 'interviewer');
      const missing = interviewers.filter((p) => !cards.some((c) => c.interviewerId === p.id && c.status === 'submitted'));
      if (missing.length && !reason) {
        throw new DomainError('conflict', `Not every scorecard is in (${missing.map((p) => p.name).join(', ')}). Give a reason to open the debrief early.`);
      }
      await db.transaction(async (tx) => {
        if (!(await insertDebrief(tx, principal.loopId, missing.length ? reason! : null, new Date(deps.now())))) {
          throw new DomainError('conflict', 'The debrief is already open.');
        }
        await recordAudit(tx, { loopId: principal.loopId, actorId: principal.participantId, actorRole: 'interviewer', action: 'debrief.opened', detail: { early: missing.length > 0, missing: missing.length } });
      });
      announce(principal.loopId, 'read', null);
      deps.facts.publish([loopChangedFact(principal.loopId, 'debrief')]);
      return board(principal);
    },

    async markRead(principal: Principal, scorecardId: string) {
      const debrief = await requireSeat(principal);
      if (!debrief.cards.some((c) => c.id === scorecardId && c.status === 'submitted')) throw new DomainError('not-found', 'No such scorecard.');
      await recordRead(db, principal.loopId, principal.participantId, scorecardId);
      announce(principal.loopId, debrief.phase as DebriefPhase, debrief.spotlight as Spotlight | null);
    },

    async movePhase(principal: Principal, phase: DebriefPhase) {
      await requireBarRaiser(principal);
      const debrief = await requireSeat(principal);
      checkPhaseMove(debrief.phase as DebriefPhase, phase);
      // The phase it was read in: a concurrent move makes this one fail rather than skip a step.
      await change(principal, (tx) => updateDebrief(tx, principal.loopId, { phase }, [debrief.phase as DebriefPhase]), 'The debrief moved on meanwhile; look again.');
    },

    async revote(principal: Principal, vote: Vote) {
      const debrief = await requireSeat(principal);
      if (debrief.phase !== 'revote') throw new DomainError('invalid-transition', 'Votes can be changed only in the re-vote phase.');
      await recordRevote(db, principal.loopId, principal.participantId, vote, new Date(deps.now()));
      announce(principal.loopId, 'revote', debrief.spotlight as Spotlight | null);
    },

    async spotlight(principal: Principal, spotlight: Spotlight | null) {
      await requireBarRaiser(principal);
      await requireSeat(principal);
      await change(principal, (tx) => updateDebrief(tx, principal.loopId, { spotlight }, BEFORE_DECISION), 'The decision is already made.');
    },

    async decide(principal: Principal, input: RecordDecision) {
      await requireBarRaiser(principal);
      checkDecision((await requireSeat(principal)).phase as DebriefPhase);
      const at = new Date(deps.now());
      await change(
        principal,
        (tx) => updateDebrief(tx, principal.loopId, { decision: input.decision, rationale: input.rationale, decidedAt: at, phase: 'decided', spotlight: null }, ['decide']),
        'The decision is already made.',
        { loopId: principal.loopId, actorId: principal.participantId, actorRole: 'interviewer', action: 'debrief.decided', detail: { decision: input.decision } },
      );
      return board(principal);
    },

    async publish(principal: Principal, input: PublishFeedback): Promise<CandidateFeedback> {
      await requireBarRaiser(principal);
      const current = await fullBoard(principal);
      checkPublish(current.phase);
      const record = (await loadLoop(db, principal.loopId))!;
      const built = buildCandidateFeedback(current, input, { candidateName: record.loop.candidateName, publishedAt: new Date(deps.now()) });
      // The bank part only when its titles were shared (so interviewers could link tellings to it).
      const shared = await bankOfLoop(db, principal.loopId);
      const bank = shared?.sharedTitles ? await loadBank(db, shared.bankId) : null;
      const feedback = { ...built, bank: bank ? bankFeedback(bank.stories, current, built.lps) : null };
      await change(
        principal,
        (tx) => updateDebrief(tx, principal.loopId, { publishedFeedback: feedback, publishedAt: new Date(feedback.publishedAt), showInterviewerNames: input.showInterviewerNames, phase: 'published' }, ['decided']),
        'The feedback is already published.',
        { loopId: principal.loopId, actorId: principal.participantId, actorRole: 'interviewer', action: 'debrief.published', detail: { names: input.showInterviewerNames } },
      );
      deps.facts.publish([loopChangedFact(principal.loopId, 'debrief')]);
      return { ...feedback, bank: null }; // the Bar Raiser reads what the panel reads
    },

    /** The published feedback, for anyone in the loop; nothing before publishing. */
    async feedback(principal: Principal): Promise<CandidateFeedback> {
      const debrief = await loadDebrief(db, principal.loopId);
      if (!debrief?.publishedFeedback) throw new DomainError('not-found', 'No feedback has been published yet.');
      const published = debrief.publishedFeedback as CandidateFeedback;
      // The bank is the candidate's own: nobody else in the loop reads that part.
      return principal.role === 'candidate' ? published : { ...published, bank: null };
    },

    async feedbackMarkdown(principal: Principal): Promise<string> {
      return feedbackToMarkdown(await this.feedback(principal));
    },
  };
}

export type DebriefService = ReturnType<typeof createDebriefService>;
