import type { CustomQuestionRequest, QuestionShown, RoundKind, RoundQuestions, ShowQuestion } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { roleRoom, roundRoom, type Principal } from '../domain/principal.js';
import { isInterviewerOf } from '../domain/visibility.js';
import { loadLoop } from '../repositories/loops.js';
import { addLoopQuestion, questionsForRound, setShownQuestion } from '../repositories/questions.js';
import { findRoundOwner } from '../repositories/rounds.js';
import { emitFact, withoutFacts, type Outcome } from './facts.js';

export type QuestionDeps = { db: Database };

/** The round's interviewer shows (or, with no text, hides) a question to the round and the candidate. */
export async function showQuestion(deps: QuestionDeps, principal: Principal, input: ShowQuestion): Promise<Outcome<QuestionShown>> {
  const round = await findRoundOwner(deps.db, input.roundId);
  if (!round || round.loopId !== principal.loopId) throw new DomainError('not-found', 'No such round in your loop.');
  if (!isInterviewerOf(principal, round)) throw new DomainError('forbidden', "Only this round's interviewer can show a question.");
  const shown = input.text && input.text.length > 0 ? input.text : null;
  await setShownQuestion(deps.db, input.roundId, shown);
  const fact = { loopId: round.loopId, roundId: input.roundId, text: shown };
  return { result: fact, facts: [emitFact([roundRoom(input.roundId), roleRoom(round.loopId, 'candidate')], 'question:shown', fact)] };
}

/** The round's LPs with their questions and probes, for its interviewer only. */
export async function roundQuestions(deps: QuestionDeps, principal: Principal, roundId: string): Promise<Outcome<RoundQuestions>> {
  const record = await loadLoop(deps.db, principal.loopId);
  const round = record?.rounds.find((rd) => rd.id === roundId);
  if (!record || !round) throw new DomainError('not-found', 'No such round.');
  // The organizer may be the candidate practising alone, so questions go to interviewers only.
  if (!isInterviewerOf(principal, { id: round.id, loopId: round.loopId })) {
    throw new DomainError('forbidden', "Only this round's interviewer sees its questions.");
  }
  const questions = await questionsForRound(deps.db, { loopId: round.loopId, kind: round.kind as RoundKind, assignedLps: round.assignedLps }, record.loop.targetRole);
  return withoutFacts({ roundId: round.id, assignedLps: round.assignedLps as RoundQuestions['assignedLps'], questions });
}

/** The organizer adds their own question to the loop's bank. */
export async function addQuestion(deps: QuestionDeps, principal: Principal, question: CustomQuestionRequest): Promise<Outcome<{ id: string }>> {
  if (principal.role !== 'organizer') throw new DomainError('forbidden', 'Only the organizer can add questions.');
  return withoutFacts({ id: await addLoopQuestion(deps.db, principal.loopId, question) });
}
