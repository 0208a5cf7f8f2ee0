import type { QuestionShown, ShowQuestion } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { roleRoom, roundRoom, type Principal } from '../domain/principal.js';
import { isInterviewerOf } from '../domain/visibility.js';
import { setShownQuestion } from '../repositories/questions.js';
import { findRoundOwner } from '../repositories/rounds.js';
import { emitFact, type Outcome } from './facts.js';

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
