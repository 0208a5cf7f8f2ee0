import type { CreateLoopRequest, LoopView } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { planLoop } from '../domain/loop-plan.js';
import { buildLoopView } from '../domain/loop-view.js';
import type { Principal } from '../domain/principal.js';
import { seesAsCandidate } from '../domain/visibility.js';
import { insertLoop, loadLoop, type CreatedLoop, type CreatedParticipant } from '../repositories/loops.js';
import { markLinkOpened } from '../repositories/participants.js';
import { loadLoopExercise } from '../repositories/writing.js';
import { withoutFacts, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

export type { CreatedLoop };

type LoopDeps = { db: Database; now: () => number };

/**
 * Someone sets up a loop: loop, rounds, clocks, links and audit line in one transaction. What
 * the organizer is shown of the links is `issuedLinks`.
 */
export async function createLoop(deps: Pick<LoopDeps, 'db'>, request: CreateLoopRequest): Promise<Outcome<CreatedLoop>> {
  return withoutFacts(await insertLoop(deps.db, planLoop(request)));
}

/** A link as its organizer receives it: without the Bar Raiser mark when they are the candidate. */
export type IssuedLink = Omit<CreatedParticipant, 'isBarRaiser'> & { isBarRaiser?: boolean };

/** The new loop's links for its organizer: every link, but a candidate organizing it is not told which is the Bar Raiser's. */
export function issuedLinks(created: CreatedLoop, request: Pick<CreateLoopRequest, 'organizerIsCandidate'>): IssuedLink[] {
  const hide = seesAsCandidate({ role: 'organizer' }, request);
  return created.participants.map(({ isBarRaiser, ...person }) => (hide ? person : { ...person, isBarRaiser }));
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
