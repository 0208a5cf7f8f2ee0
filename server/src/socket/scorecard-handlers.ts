import { RoundRef, ScorecardPatch, ScorecardRef, ShowQuestion, SuggestDataPoints } from '@mockloop/shared';
import { suggestStoryDataPoints } from '../application/data-points.js';
import { showQuestion } from '../application/questions.js';
import { openScorecard, patchScorecard, submitScorecard, type ScorecardDeps } from '../application/scorecards.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand, type Edge } from './handle.js';

/** Scorecard autosave and "show question": parse, call one use case (which authorises), reply. */
export function registerScorecardHandlers(socket: MockLoopSocket, deps: ScorecardDeps & Edge) {
  const principal = socket.data.principal;

  onCommand(socket, 'scorecard:open', RoundRef, deps, ({ roundId }) => openScorecard(deps, principal, roundId));
  // One scorecard's patches from this socket run one after another in arrival order, so a
  // pipelining tab never has seq n+1 reach the database before seq n.
  const inOrder = new Map<string, Promise<unknown>>();
  onCommand(socket, 'scorecard:patch', ScorecardPatch, deps, (patch) => {
    const previous = inOrder.get(patch.scorecardId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => patchScorecard(deps, principal, patch, socket.id));
    const settled = next.catch(() => undefined);
    inOrder.set(patch.scorecardId, settled);
    void settled.then(() => inOrder.get(patch.scorecardId) === settled && inOrder.delete(patch.scorecardId));
    return next;
  });
  onCommand(socket, 'scorecard:submit', ScorecardRef, deps, ({ scorecardId }) => submitScorecard(deps, principal, scorecardId));

  onCommand(socket, 'scorecard:suggest', SuggestDataPoints, deps, (input) => suggestStoryDataPoints(deps, principal, input));

  onCommand(socket, 'question:show', ShowQuestion, deps, (input) => showQuestion(deps, principal, input));
}
