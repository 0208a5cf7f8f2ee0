import { expireClock, scheduledClock, startClock, type LpId } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DEMO_ROUNDS_DONE, DEMO_SCORECARDS, demoLoopRequest } from '../domain/demo-loop.js';
import { planLoop } from '../domain/loop-plan.js';
import { insertLoop, type CreatedLoop } from '../repositories/loops.js';
import { saveClock } from '../repositories/round-clocks.js';
import { insertScorecardSnapshot } from '../repositories/scorecards.js';

/** Creates the sample loop: rounds 1-3 over, with their scorecards and stories. */
export async function createDemoLoop(db: Database, now: Date): Promise<CreatedLoop> {
  const plan = planLoop(demoLoopRequest(now));
  const created = await insertLoop(db, plan, { isDemo: true });
  for (let i = 0; i < DEMO_ROUNDS_DONE; i++) {
    const round = plan.rounds[i]!;
    const roundId = created.roundIds[i]!;
    const started = startClock(scheduledClock(round.phases), round.startsAt.getTime());
    if (!started.ok) throw new Error(started.error.message);
    const deadline = started.data.state.deadline!;
    const ended = expireClock(started.data.state, deadline);
    if (!ended.ok) throw new Error(ended.error.message);
    await saveClock(db, roundId, ended.data.state, 0);

    const interviewer = created.participants.find((p) => p.role === 'interviewer' && p.roundId === roundId)!;
    const card = DEMO_SCORECARDS[i]!;
    await insertScorecardSnapshot(db, {
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
}
