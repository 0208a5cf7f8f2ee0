import { feedbackToMarkdown, type CandidateFeedback, type PublishFeedback } from '@mockloop/shared';
import { bankFeedback } from '../domain/debrief/bank-feedback.js';
import { buildCandidateFeedback } from '../domain/debrief/candidate-feedback.js';
import { checkPublish } from '../domain/debrief/phases.js';
import { DomainError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import { recordAudit } from '../repositories/audit.js';
import { bankOfLoop, loadBank } from '../repositories/banks.js';
import { loadDebrief, updateDebrief } from '../repositories/debriefs.js';
import { loadLoop } from '../repositories/loops.js';
import { debriefChanged, fullBoard, requireBarRaiser, type DebriefDeps } from './debrief.js';
import { withoutFacts, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

/**
 * The Bar Raiser publishes the feedback, once, after the decision. It is built from the
 * board as decided (nothing on it changes once decided); the write is a compare-and-set
 * from "decided", with its audit line in the same transaction.
 */
export async function publishFeedback(deps: DebriefDeps, principal: Principal, input: PublishFeedback): Promise<Outcome<CandidateFeedback>> {
  requireBarRaiser(principal);
  const board = await fullBoard(deps.db, principal);
  checkPublish(board.phase);
  const record = (await loadLoop(deps.db, principal.loopId))!;
  const built = buildCandidateFeedback(board, input, { candidateName: record.loop.candidateName, publishedAt: new Date(deps.now()) });
  // The bank part only when its titles were shared (so interviewers could link tellings to it).
  const shared = await bankOfLoop(deps.db, principal.loopId);
  const bank = shared?.sharedTitles ? await loadBank(deps.db, shared.bankId) : null;
  const feedback = { ...built, bank: bank ? bankFeedback(bank.stories, board, built.lps) : null };
  const after = await deps.db.transaction(async (tx) => {
    const change = { publishedFeedback: feedback, publishedAt: new Date(feedback.publishedAt), showInterviewerNames: input.showInterviewerNames, phase: 'published' as const };
    if (!(await updateDebrief(tx, principal.loopId, change, ['decided']))) throw new DomainError('conflict', 'The feedback is already published.');
    await recordAudit(tx, { loopId: principal.loopId, actorId: principal.participantId, actorRole: 'interviewer', action: 'debrief.published', detail: { names: input.showInterviewerNames } });
    return (await loadDebrief(tx, principal.loopId))!;
  });
  return {
    result: { ...feedback, bank: null }, // the Bar Raiser reads what the panel reads
    facts: [debriefChanged(principal.loopId, after), loopChangedFact(principal.loopId, 'debrief')],
  };
}

/** The published feedback, for anyone in the loop; nothing before publishing. */
export async function readFeedback(deps: Pick<DebriefDeps, 'db'>, principal: Principal): Promise<Outcome<CandidateFeedback>> {
  const debrief = await loadDebrief(deps.db, principal.loopId);
  if (!debrief?.publishedFeedback) throw new DomainError('not-found', 'No feedback has been published yet.');
  const published = debrief.publishedFeedback as CandidateFeedback;
  // The bank is the candidate's own: nobody else in the loop reads that part.
  return withoutFacts(principal.role === 'candidate' ? published : { ...published, bank: null });
}

/** The same feedback as a Markdown file. */
export async function feedbackMarkdown(deps: Pick<DebriefDeps, 'db'>, principal: Principal): Promise<Outcome<string>> {
  return withoutFacts(feedbackToMarkdown((await readFeedback(deps, principal)).result));
}
