/**
 * What is live in the open loop: each round's clock (keyed by roundId) and who is where.
 * Filled by the `live:snapshot` ack on every (re)connect, then kept current by clock,
 * presence and shown-question facts and by the acks of our own commands. A clock state older than the one held
 * (by `version`) is ignored, so a late fact or a snapshot racing a fact never winds a clock back.
 */
import type { ClockState, LiveSnapshot, PresenceEntry } from '@mockloop/shared';

export interface LiveState {
  loopId: string | null;
  /** False until the first snapshot of this loop arrived. */
  ready: boolean;
  clocks: Readonly<Record<string, ClockState>>;
  presence: readonly PresenceEntry[];
  /** The question each round's interviewer is showing the candidate, keyed by roundId. */
  shownQuestions: Readonly<Record<string, string>>;
}

const EMPTY: LiveState = { loopId: null, ready: false, clocks: {}, presence: [], shownQuestions: {} };

/** A tiny external store (for `useSyncExternalStore`); every change makes a new state object. */
export class LiveStore {
  #state: LiveState = EMPTY;
  readonly #listeners = new Set<() => void>();

  getState = (): LiveState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Switches to another loop, forgetting everything about the previous one. */
  open(loopId: string): void {
    if (this.#state.loopId !== loopId) this.#set({ ...EMPTY, loopId });
  }

  applySnapshot(snapshot: LiveSnapshot): void {
    if (snapshot.loopId !== this.#state.loopId) return;
    let clocks = this.#state.clocks;
    for (const { roundId, state } of snapshot.clocks) clocks = withClock(clocks, roundId, state);
    const shownQuestions = Object.fromEntries((snapshot.shownQuestions ?? []).map((q) => [q.roundId, q.text]));
    this.#set({ ...this.#state, ready: true, clocks, presence: snapshot.presence, shownQuestions });
  }

  /** A `question:shown` fact: the text now on the candidate's screen, or none. */
  applyShownQuestion(loopId: string, roundId: string, text: string | null): void {
    if (loopId !== this.#state.loopId) return;
    const { [roundId]: _old, ...rest } = this.#state.shownQuestions;
    this.#set({ ...this.#state, shownQuestions: text === null ? rest : { ...rest, [roundId]: text } });
  }

  /** A clock fact or the ack of our own command; ignored when not newer than what we hold. */
  applyClock(loopId: string, roundId: string, state: ClockState): void {
    if (loopId !== this.#state.loopId) return;
    const clocks = withClock(this.#state.clocks, roundId, state);
    if (clocks !== this.#state.clocks) this.#set({ ...this.#state, clocks });
  }

  applyPresence(loopId: string, presence: readonly PresenceEntry[]): void {
    if (loopId !== this.#state.loopId) return;
    this.#set({ ...this.#state, presence });
  }

  #set(next: LiveState): void {
    this.#state = next;
    for (const listener of this.#listeners) listener();
  }
}

function withClock(
  clocks: Readonly<Record<string, ClockState>>,
  roundId: string,
  state: ClockState,
): Readonly<Record<string, ClockState>> {
  const held = clocks[roundId];
  if (held && held.version >= state.version) return clocks;
  return { ...clocks, [roundId]: state };
}

/** The app's one store. */
export const liveStore = new LiveStore();
