import { expireClock, scheduledClock, startClock, type LpId } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DEMO_ROUNDS_DONE, DEMO_SCORECARDS, demoLoopRequest } from '../domain/demo-loop.js';
import { planLoop } from '../domain/loop-plan.js';
import { insertLoop, type CreatedLoop } from '../repositories/loops.js';
import { saveClock } from '../repositories/round-clocks.js';
import { insertScorecardSnapshot } from '../repositories/scorecards.js';
import { withoutFacts, type Outcome } from './facts.js';

/** Creates the sample loop at the server's time: rounds 1-3 over, with their scorecards and stories, all or nothing. */
export async function createDemoLoop(deps: { db: Database; now: () => number }): Promise<Outcome<CreatedLoop>> {
  const now = new Date(deps.now());
  const plan = planLoop(demoLoopRequest(now));
  const created = await deps.db.transaction(async (tx) => {
    const created = await insertLoop(tx, plan, { isDemo: true });
    for (let i = 0; i < DEMO_ROUNDS_DONE; i++) {
      const round = plan.rounds[i]!;
      const roundId = created.roundIds[i]!;
      const started = startClock(scheduledClock(round.phases), round.startsAt.getTime());
      if (!started.ok) throw new Error(started.error.message);
      const ended = expireClock(started.data.state, started.data.state.deadline!);
      if (!ended.ok) throw new Error(ended.error.message);
      await saveClock(tx, roundId, ended.data.state, 0);

      const interviewer = created.participants.find((p) => p.role === 'interviewer' && p.roundId === roundId)!;
      const card = DEMO_SCORECARDS[i]!;
      await insertScorecardSnapshot(tx, {
        loopId: created.loopId,
        roundId,
        interviewerId: interviewer.id,
        status: card.status,
        strengths: card.strengths,
        concerns: card.concerns,
        summary: card.summary,
        vote: card.vote,
        ratings: round.assignedLps.map((lp: LpId, index) => ({ lpId: lp, ...card.rating(lp, index) })),
        stories: card.stories.map((story) => ({ dataPoints: {}, ...story, questionId: null, lps: round.assignedLps.slice(0, 1) })),
      });
    }
    return created;
  });
  return withoutFacts(created);
}
