/**
 * Per-socket command rate limits. Autosave gets a generous bucket (typing fast, or replaying
 * a minute of offline edits after a reconnect); everything else shares a tighter one. A
 * command over the limit is answered with a `rate-limited` ack, never a disconnect: a
 * disconnect would only bring the client straight back with its whole outbox (a storm).
 */
type CommandLimit = { perSecond: number; burst: number };

export const COMMAND_LIMITS = {
  autosave: { perSecond: 30, burst: 60 },
  /** Call signalling: an offer, an answer and a burst of ICE candidates per peer, and an ICE restart to every peer at once after a reconnect. */
  signalling: { perSecond: 50, burst: 200 },
  other: { perSecond: 20, burst: 40 },
} as const satisfies Record<string, CommandLimit>;

type Group = keyof typeof COMMAND_LIMITS;

const groupOf = (event: string): Group => (event === 'scorecard:patch' || event === 'writing:patch' ? 'autosave' : event === 'call:signal' ? 'signalling' : 'other');

/** A token bucket: holds up to `burst` tokens, refilled at `perSecond`. */
class TokenBucket {
  #tokens: number;
  #at: number;

  constructor(
    private readonly limit: CommandLimit,
    now: number,
  ) {
    this.#tokens = limit.burst;
    this.#at = now;
  }

  /** Takes one token if there is one. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.#at) / 1000;
    this.#tokens = Math.min(this.limit.burst, this.#tokens + elapsed * this.limit.perSecond);
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

const buckets = new WeakMap<object, Map<Group, TokenBucket>>();

/** Whether this socket may run one more `event` now; buckets live as long as the socket. */
export function allowCommand(socket: object, event: string, now = Date.now()): boolean {
  let mine = buckets.get(socket);
  if (!mine) buckets.set(socket, (mine = new Map()));
  const group = groupOf(event);
  let bucket = mine.get(group);
  if (!bucket) mine.set(group, (bucket = new TokenBucket(COMMAND_LIMITS[group], now)));
  return bucket.take(now);
}
