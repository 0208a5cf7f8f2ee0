import { expireWriting } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { findOverdueExercises, loadExercise, loadLiveExercises } from '../repositories/writing.js';
import type { FactsPort } from './facts.js';
import { transition, writingChangedFacts } from './writing.js';

type Logger = { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void };

type DeadlineDeps = {
  db: Database;
  /** Where a lock at the deadline is told: a timer or the sweep does it and no request waits, so the service publishes itself. */
  facts: FactsPort;
  log: Logger;
  now: () => number;
  sweepIntervalMs: number;
};

// setTimeout cannot wait longer than ~24.8 days; a later deadline is re-armed when this fires.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Locks writing exercises at their deadline, as round clocks expire: a timer per exercise this
 * process knows, plus a sweep of the database for overdue ones, so the lock happens with
 * nobody connected, after a restart, and exactly once however many processes race for it
 * (the transition is stored by compare-and-set on the exercise's version).
 */
export function createWritingDeadlines(deps: DeadlineDeps) {
  const timers = new Map<string, NodeJS.Timeout>();
  let sweeper: NodeJS.Timeout | undefined;

  /** Locks an exercise whose time is up, if it still is; false when it is not due or someone else did. */
  async function expire(exerciseId: string): Promise<boolean> {
    clearTimeout(timers.get(exerciseId));
    timers.delete(exerciseId);
    // An autosave that landed just before the deadline bumps the version: read again and retry.
    for (let attempt = 0; attempt < 3; attempt++) {
      const exercise = await loadExercise(deps.db, exerciseId);
      if (!exercise || exercise.state.status !== 'writing') return false;
      const next = expireWriting(exercise.state, deps.now());
      if (!next.ok) {
        if (exercise.state.deadline !== null) schedule(exerciseId, exercise.loopId, exercise.state.deadline);
        return false;
      }
      if (await transition(deps, exercise, next.data, 'writing.locked', null)) {
        deps.facts.publish(writingChangedFacts(exercise, next.data));
        return true;
      }
    }
    return false;
  }

  function schedule(exerciseId: string, _loopId: string, deadline: number) {
    clearTimeout(timers.get(exerciseId));
    const timer = setTimeout(() => {
      void expire(exerciseId).catch((err: unknown) => deps.log.error({ err, exerciseId }, 'writing deadline failed'));
    }, Math.min(Math.max(0, deadline - deps.now()), MAX_TIMER_MS));
    timer.unref();
    timers.set(exerciseId, timer);
  }

  async function sweep() {
    for (const due of await findOverdueExercises(deps.db, deps.now())) await expire(due.id);
  }

  return {
    expire,
    schedule,
    sweep,
    /** On start-up: lock what fell due while the server was down, arm the rest. */
    async start() {
      for (const live of await loadLiveExercises(deps.db)) if (live.deadline) schedule(live.id, live.loopId, live.deadline.getTime());
      await sweep();
      sweeper = setInterval(() => {
        void sweep().catch((err: unknown) => deps.log.error({ err }, 'writing deadline sweep failed'));
      }, deps.sweepIntervalMs);
      sweeper.unref();
    },
    stop() {
      clearInterval(sweeper);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type WritingDeadlines = ReturnType<typeof createWritingDeadlines>;
