import type { CreateLoopRequest, LoopView } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { planLoop } from '../domain/loop-plan.js';
import { buildLoopView } from '../domain/loop-view.js';
import type { Principal } from '../domain/principal.js';
import { insertLoop, loadLoop, type CreatedLoop } from '../repositories/loops.js';
import { markLinkOpened } from '../repositories/participants.js';
import { loadLoopExercise } from '../repositories/writing.js';
import { withoutFacts, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

export type { CreatedLoop };

type LoopDeps = { db: Database; now: () => number };

/** Someone sets up a loop: loop, rounds, clocks, links and audit line in one transaction. */
export async function createLoop(deps: Pick<LoopDeps, 'db'>, request: CreateLoopRequest): Promise<Outcome<CreatedLoop>> {
  return withoutFacts(await insertLoop(deps.db, planLoop(request)));
}

/** The loop as the caller's role may see it, at the server's time. */
export async function readLoop(deps: LoopDeps, principal: Principal): Promise<Outcome<LoopView>> {
  const [record, exercise] = await Promise.all([loadLoop(deps.db, principal.loopId), loadLoopExercise(deps.db, principal.loopId)]);
  if (!record) throw new DomainError('not-found', 'No such loop.');
  const writing = exercise ? { status: exercise.state.status, reviewerIds: exercise.reviewers.map((r) => r.participantId) } : null;
  return withoutFacts(buildLoopView(record, principal, new Date(deps.now()), writing));
}

/** A link is opened: the first opening is stored, and the organizer's list shows it. */
export async function openSession(deps: LoopDeps, principal: Principal): Promise<Outcome<null>> {
  const first = await markLinkOpened(deps.db, principal.participantId, new Date(deps.now()));
  return { result: null, facts: first ? [loopChangedFact(principal.loopId, 'participants')] : [] };
}
