import { RoundRef, ScorecardPatch, ScorecardRef, ShowQuestion } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { roleRoom, roundRoom } from '../domain/principal.js';
import { isInterviewerOf } from '../domain/visibility.js';
import { setShownQuestion } from '../repositories/questions.js';
import { findRoundOwner } from '../repositories/rounds.js';
import type { ScorecardService } from '../services/scorecard-service.js';
import type { MockLoopIo, MockLoopSocket } from './gateway.js';
import { onCommand } from './handle.js';

export type ScorecardHandlerDeps = {
  db: Database;
  io: MockLoopIo;
  scorecards: ScorecardService;
  log: { error(obj: unknown, msg: string): void };
};

/** Scorecard autosave and "show question": parse, authorise (in the service), reply. */
export function registerScorecardHandlers(socket: MockLoopSocket, deps: ScorecardHandlerDeps) {
  const principal = socket.data.principal;
  const { log } = deps;

  onCommand(socket, 'scorecard:open', RoundRef, log, ({ roundId }) => deps.scorecards.open(principal, roundId));
  // One scorecard's patches from this socket run one after another in arrival order, so a
  // pipelining tab never has seq n+1 reach the database before seq n.
  const inOrder = new Map<string, Promise<unknown>>();
  onCommand(socket, 'scorecard:patch', ScorecardPatch, log, (patch) => {
    const previous = inOrder.get(patch.scorecardId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => deps.scorecards.patch(principal, patch, socket.id));
    const settled = next.catch(() => undefined);
    inOrder.set(patch.scorecardId, settled);
    void settled.then(() => inOrder.get(patch.scorecardId) === settled && inOrder.delete(patch.scorecardId));
    return next;
  });
  onCommand(socket, 'scorecard:submit', ScorecardRef, log, ({ scorecardId }) => deps.scorecards.submit(principal, scorecardId));

  onCommand(socket, 'question:show', ShowQuestion, log, async ({ roundId, text }) => {
    const round = await findRoundOwner(deps.db, roundId);
    if (!round || round.loopId !== principal.loopId) throw new DomainError('not-found', 'No such round in your loop.');
    if (!isInterviewerOf(principal, round)) throw new DomainError('forbidden', "Only this round's interviewer can show a question.");
    const shown = text && text.length > 0 ? text : null;
    await setShownQuestion(deps.db, roundId, shown);
    const fact = { loopId: round.loopId, roundId, text: shown };
    deps.io.to(roundRoom(roundId)).to(roleRoom(round.loopId, 'candidate')).emit('question:shown', fact);
    return fact;
  });
}
