import { z } from 'zod';
import { ClockState } from '../clock/clock-state.js';
import { MAX_EXTEND_MINUTES, MIN_EXTEND_MINUTES } from '../clock/round-clock.js';
import { ParticipantRole } from '../scales.js';

/** Payloads of the live-room commands and facts (rounds, clocks, presence). */

export const RoundRef = z.object({ roundId: z.uuid() });
export type RoundRef = z.infer<typeof RoundRef>;

export const ExtendClock = z.object({
  roundId: z.uuid(),
  minutes: z.int().min(MIN_EXTEND_MINUTES).max(MAX_EXTEND_MINUTES),
});
export type ExtendClock = z.infer<typeof ExtendClock>;

/** Which room page a socket is looking at: a round, or the loop's lobby/dashboard (null). */
export const EnterRoom = z.object({ roundId: z.uuid().nullable() });
export type EnterRoom = z.infer<typeof EnterRoom>;

export const RoundClock = z.object({ roundId: z.uuid(), state: ClockState });
export type RoundClock = z.infer<typeof RoundClock>;

/** A clock fact: the state after the change and the server's time when it was sent. */
export type ClockFact = { loopId: string; roundId: string; state: ClockState; serverNow: number };

export const PresenceEntry = z.object({
  participantId: z.uuid(),
  name: z.string(),
  role: ParticipantRole,
  isBarRaiser: z.boolean(),
  online: z.boolean(),
  /** The round page they have open, null for the lobby or dashboard. */
  roundId: z.uuid().nullable(),
});
export type PresenceEntry = z.infer<typeof PresenceEntry>;

export type PresenceFact = { loopId: string; entries: PresenceEntry[] };

/** Everything a client needs after (re)connecting; it never relies on missed facts. */
export type LiveSnapshot = {
  loopId: string;
  serverNow: number;
  clocks: RoundClock[];
  presence: PresenceEntry[];
  /** The question each round's interviewer is showing the candidate, if any. */
  shownQuestions?: { roundId: string; text: string }[];
};
