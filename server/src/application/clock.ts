import {
  applyClockCommand,
  expireClock,
  nextDueAt,
  type ClockCommand,
  type ClockEvent,
  type ClockState,
} from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { clockAccess } from '../domain/clock-access.js';
import { loopRoom, type Principal } from '../domain/principal.js';
import { recordAudit, type AuditAction } from '../repositories/audit.js';
import { findOverdueClocks, loadClock, loadLiveClocks, saveClock } from '../repositories/round-clocks.js';
import { findRoundOwner } from '../repositories/rounds.js';
import { DomainError } from '../domain/errors.js';
import { emitFact, type Fact, type FactsPort, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

type Logger = { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void };

type ClockServiceDeps = {
  db: Database;
  /**
   * Where a round's expiry is told. A timer or the sweep ends the round and no request waits
   * for an answer, so the service publishes itself; a command returns its facts instead.
   */
  facts: FactsPort;
  log: Logger;
  now: () => number;
  /** How often to look for overdue rounds that no timer here knows about. */
  sweepIntervalMs: number;
};

// setTimeout cannot wait longer than ~24.8 days; a later deadline is re-armed when this fires.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs round clocks: applies commands, stores every transition with compare-and-set, tells
 * the loop, and ends rounds on time. Each process arms a timer for the rounds it knows and
 * sweeps the database for overdue ones, so a round expires even if nobody is connected, after
 * a restart, and exactly once however many processes race for it.
 */
export function createClockService(deps: ClockServiceDeps) {
  const timers = new Map<string, NodeJS.Timeout>();
  let sweeper: NodeJS.Timeout | undefined;

  /** A person's clock command; the new state, and what the loop hears once it is stored. */
  async function command(principal: Principal, roundId: string, cmd: ClockCommand): Promise<Outcome<ClockState>> {
    const round = await findRoundOwner(deps.db, roundId);
    const access = clockAccess(principal, round);
    if (access === 'not-found') throw new DomainError('not-found', 'No such round in your loop.');
    if (access === 'watch') throw new DomainError('forbidden', "Only this round's interviewer or the organizer can control its clock.");
    // One retry covers a concurrent write (another tab, another process, the expiry timer).
    for (let attempt = 0; attempt < 2; attempt++) {
      const current = await loadClock(deps.db, roundId);
      if (!current) throw new DomainError('not-found', 'No such round in your loop.');
      const result = applyClockCommand(current, cmd, deps.now());
      if (!result.ok) throw new DomainError(result.error.code, result.error.message);
      // The transition and its audit line commit together, or neither does (nothing announced, no timer).
      const saved = await deps.db.transaction(async (tx) => {
        if (!(await saveClock(tx, roundId, result.data.state, current.version))) return false;
        await recordAudit(tx, {
          loopId: round!.loopId,
          actorId: principal.participantId,
          actorRole: principal.role,
          action: `clock.${auditVerb(cmd.type)}` as AuditAction,
          detail: { roundId, ...(cmd.type === 'extend' ? { minutes: cmd.minutes } : {}) },
        });
        return true;
      });
      if (saved) {
        arm(round!.loopId, roundId, result.data.state);
        return { result: result.data.state, facts: clockFacts(round!.loopId, roundId, result.data.events, deps.now()) };
      }
    }
    throw new DomainError('conflict', 'The clock changed at the same moment; please try again.');
  }

  /** Ends a round whose time is up, if it still is; false when someone else already did. */
  async function expire(loopId: string, roundId: string): Promise<boolean> {
    timers.delete(roundId);
    const current = await loadClock(deps.db, roundId);
    if (!current || current.status !== 'running') return false;
    const result = expireClock(current, deps.now());
    if (!result.ok) {
      arm(loopId, roundId, current); // not due yet here (extended elsewhere): wait again
      return false;
    }
    const saved = await deps.db.transaction(async (tx) => {
      if (!(await saveClock(tx, roundId, result.data.state, current.version))) return false;
      await recordAudit(tx, { loopId, actorId: null, actorRole: 'system', action: 'clock.expired', detail: { roundId } });
      return true;
    });
    if (!saved) return false;
    deps.facts.publish(clockFacts(loopId, roundId, result.data.events, deps.now()));
    return true;
  }

  function arm(loopId: string, roundId: string, state: ClockState) {
    clearTimeout(timers.get(roundId));
    timers.delete(roundId);
    const due = nextDueAt(state);
    if (due === null) return;
    const timer = setTimeout(() => {
      void expire(loopId, roundId).catch((err: unknown) => deps.log.error({ err, roundId }, 'round expiry failed'));
    }, Math.min(Math.max(0, due - deps.now()), MAX_TIMER_MS));
    timer.unref();
    timers.set(roundId, timer);
  }

  async function sweep() {
    for (const due of await findOverdueClocks(deps.db, deps.now())) await expire(due.loopId, due.roundId);
  }

  return {
    command,
    expire,
    sweep,
    /** On start-up: fire what fell due while the server was down, re-arm the rest. */
    async start() {
      const live = await loadLiveClocks(deps.db);
      for (const { loopId, roundId, state } of live) arm(loopId, roundId, state);
      await sweep();
      sweeper = setInterval(() => {
        void sweep().catch((err: unknown) => deps.log.error({ err }, 'clock sweep failed'));
      }, deps.sweepIntervalMs);
      sweeper.unref();
      if (live.length) deps.log.info({ rounds: live.length }, 'live rounds reloaded');
    },
    stop() {
      clearInterval(sweeper);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type ClockService = ReturnType<typeof createClockService>;

/** What the loop hears about a clock transition: each event, and "rounds changed" when one starts or ends. */
function clockFacts(loopId: string, roundId: string, events: ClockEvent[], serverNow: number): Fact[] {
  return events.flatMap((event) => [
    emitFact([loopRoom(loopId)], event.type, { loopId, roundId, state: event.state, serverNow }),
    ...(event.type === 'clock:started' || event.type === 'clock:ended' ? [loopChangedFact(loopId, 'rounds')] : []),
  ]);
}

function auditVerb(type: ClockCommand['type']): string {
  return { start: 'started', pause: 'paused', resume: 'resumed', extend: 'extended', end: 'ended' }[type];
}
