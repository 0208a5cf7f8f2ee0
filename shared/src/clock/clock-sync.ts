/**
 * Client-side estimate of the server's clock, NTP style, plus the countdown format. Pure:
 * no timers, no sockets, no wall clock. The client module times the round trips and feeds
 * samples in; every screen then renders `deadline - serverNow(clientNow)` on each frame, so
 * the countdown is right whatever the client's own clock says.
 *
 * Pass client times from one steady clock for the whole session, ideally
 * `performance.timeOrigin + performance.now()`: it does not jump when the user or NTP sets
 * the system clock, which `Date.now()` can.
 */

/** One round trip: client send time, server's time when it answered, client receive time. */
export interface ClockSample {
  clientSendAt: number;
  serverAt: number;
  clientReceiveAt: number;
}

export interface MeasuredSample {
  /** serverAt - (clientSendAt + clientReceiveAt) / 2: what to add to client time. */
  offsetMs: number;
  /** clientReceiveAt - clientSendAt. */
  rttMs: number;
}

export interface OffsetEstimate {
  offsetMs: number;
  /** Round trip of the samples used (their median); half of it bounds the error. */
  rttMs: number;
  /** How many samples are kept. */
  sampleCount: number;
}

export const DEFAULT_MAX_SAMPLES = 8;

/** Offset and round trip of a sample, or null when it cannot be trusted (time ran backwards). */
export function measureSample(sample: ClockSample): MeasuredSample | null {
  const { clientSendAt, serverAt, clientReceiveAt } = sample;
  if (![clientSendAt, serverAt, clientReceiveAt].every(Number.isFinite)) return null;
  const rttMs = clientReceiveAt - clientSendAt;
  if (rttMs < 0) return null;
  return { offsetMs: serverAt - (clientSendAt + clientReceiveAt) / 2, rttMs };
}

/**
 * Best offset from a set of samples: the median offset of the lowest-RTT half. A sample's
 * offset is wrong by at most half its round trip (all of the delay could sit on one leg), so
 * quick round trips are the trustworthy ones and a slow outlier (a GC pause, a retransmit, a
 * busy server) is simply not among them. The median over that half then ignores the odd
 * quick-but-lopsided sample that a plain minimum-RTT pick would follow.
 */
export function estimateOffset(samples: readonly MeasuredSample[]): OffsetEstimate | null {
  if (samples.length === 0) return null;
  const quickest = [...samples].sort((a, b) => a.rttMs - b.rttMs).slice(0, Math.ceil(samples.length / 2));
  return {
    offsetMs: median(quickest.map((s) => s.offsetMs)),
    rttMs: median(quickest.map((s) => s.rttMs)),
    sampleCount: samples.length,
  };
}

/**
 * Keeps the last few samples and answers "what time is it on the server?". Old samples
 * roll off so a slowly drifting client clock is followed; until the first sample arrives
 * the offset is 0, i.e. the client's own clock.
 */
export class ClockSync {
  readonly #maxSamples: number;
  #samples: MeasuredSample[] = [];
  #estimate: OffsetEstimate | null = null;

  constructor(maxSamples: number = DEFAULT_MAX_SAMPLES) {
    this.#maxSamples = Math.max(1, Math.floor(maxSamples));
  }

  /** Record a round trip; returns false when the sample was discarded as untrustworthy. */
  addSample(sample: ClockSample): boolean {
    const measured = measureSample(sample);
    if (measured === null) return false;
    this.#samples = [...this.#samples, measured].slice(-this.#maxSamples);
    this.#estimate = estimateOffset(this.#samples);
    return true;
  }

  /** The current estimate, or null before any sample. */
  get estimate(): OffsetEstimate | null {
    return this.#estimate;
  }

  /** Estimated server clock minus client clock, in ms (0 before any sample). */
  get offsetMs(): number {
    return this.#estimate?.offsetMs ?? 0;
  }

  /** The server's epoch ms at the given client time. */
  serverNow(clientNow: number): number {
    return clientNow + this.offsetMs;
  }

  /** Forget all samples, e.g. after the machine wakes from sleep. */
  reset(): void {
    this.#samples = [];
    this.#estimate = null;
  }
}

/**
 * A countdown for display: "mm:ss.t", or "h:mm:ss.t" from one hour. Tenths are rounded up,
 * so the display reads 00:00.0 only when time is really up, and negative or non-finite input
 * shows as zero.
 */
export function formatCountdown(ms: number): string {
  const tenths = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 100) : 0;
  const totalSeconds = Math.floor(tenths / 10);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const tail = `${pad(seconds)}.${tenths % 10}`;
  return hours > 0 ? `${hours}:${pad(minutes)}:${tail}` : `${pad(minutes)}:${tail}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[mid - 1] ?? upper) + upper) / 2;
}
