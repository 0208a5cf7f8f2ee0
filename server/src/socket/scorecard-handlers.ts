import { RoundRef, ScorecardPatch, ScorecardRef, ShowQuestion, SuggestDataPoints } from '@mockloop/shared';
import { suggestStoryDataPoints } from '../application/data-points.js';
import type { FactsPort } from '../application/facts.js';
import { showQuestion, type QuestionDeps } from '../application/questions.js';
import type { ScorecardService } from '../application/scorecards.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand } from './handle.js';

type ScorecardHandlerDeps = QuestionDeps & {
  facts: FactsPort;
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

  onCommand(socket, 'scorecard:suggest', SuggestDataPoints, log, async (input) => (await suggestStoryDataPoints(deps, principal, input)).result);

  onCommand(socket, 'question:show', ShowQuestion, log, async (input) => {
    const { result, facts } = await showQuestion(deps, principal, input);
    deps.facts.publish(facts);
    return result;
  });
}
