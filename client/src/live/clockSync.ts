/**
 * The client's estimate of the server's clock. Every countdown renders
 * `deadline - serverNow()`, so what the user's own clock says never matters: on each connect
 * we time a short burst of `time:ping` round trips, then one every 30 s, and the shared
 * `ClockSync` keeps the median offset of the quickest ones.
 */
import { ClockSync, type Ack, type Pong } from '@mockloop/shared';
import { getSocket, type MockLoopSocket } from '../api/socket';

/** A steady client clock: unlike `Date.now()` it does not jump when the system time is set. */
export function clientNow(): number {
  return performance.timeOrigin + performance.now();
}

/** What the syncer needs from a connection; the app's socket or a test double. */
export interface PingLink {
  readonly connected: boolean;
  onConnect(listener: () => void): () => void;
  /** Sends one `time:ping` and resolves with the server's answer, or null (error, timeout). */
  ping(clientSendAt: number): Promise<Pong | null>;
}

interface ClockSyncOptions {
  now?: () => number;
  burst?: number;
  intervalMs?: number;
}

const PING_TIMEOUT_MS = 5000;

/**
 * Runs the ping schedule over a link and answers `serverNow()`. A new burst fills a fresh
 * estimator that replaces the old one as soon as it holds a sample: after a reconnect or a
 * wake from sleep the old samples may describe a clock that has since jumped, but until the
 * first new answer the old estimate is still better than none.
 */
export class ClockSyncer {
  readonly #link: PingLink;
  readonly #now: () => number;
  readonly #burst: number;
  readonly #intervalMs: number;
  #sync = new ClockSync();
  #timer: ReturnType<typeof setInterval> | undefined;
  #generation = 0;
  #stopConnect: (() => void) | undefined;

  constructor(link: PingLink, options: ClockSyncOptions = {}) {
    this.#link = link;
    this.#now = options.now ?? clientNow;
    this.#burst = options.burst ?? 5;
    this.#intervalMs = options.intervalMs ?? 30_000;
  }

  /** Starts the schedule (idempotent); a burst runs now if connected and on every connect. */
  start(): void {
    if (this.#stopConnect) return;
    this.#stopConnect = this.#link.onConnect(() => void this.resync());
    this.#timer = setInterval(() => void this.#pingOnce(this.#sync), this.#intervalMs);
    if (this.#link.connected) void this.resync();
  }

  stop(): void {
    this.#stopConnect?.();
    this.#stopConnect = undefined;
    clearInterval(this.#timer);
    this.#generation += 1;
  }

  /** A fresh burst of round trips, e.g. on connect or when the page wakes up. */
  async resync(): Promise<void> {
    const generation = ++this.#generation;
    const fresh = new ClockSync();
    for (let i = 0; i < this.#burst; i += 1) {
      if (generation !== this.#generation || !this.#link.connected) return;
      if ((await this.#pingOnce(fresh)) && this.#sync !== fresh) this.#sync = fresh;
    }
  }

  /** Feeds a round trip timed elsewhere (e.g. the snapshot request) into the estimate. */
  addSample(clientSendAt: number, serverAt: number, clientReceiveAt: number): void {
    this.#sync.addSample({ clientSendAt, serverAt, clientReceiveAt });
  }

  /** The server's epoch ms now, as best we know it. */
  serverNow(): number {
    return this.#sync.serverNow(this.#now());
  }

  get offsetMs(): number {
    return this.#sync.offsetMs;
  }

  get synced(): boolean {
    return this.#sync.estimate !== null;
  }

  async #pingOnce(target: ClockSync): Promise<boolean> {
    if (!this.#link.connected) return false;
    const clientSendAt = this.#now();
    const pong = await this.#link.ping(clientSendAt);
    if (!pong || pong.clientSendAt !== clientSendAt) return false;
    return target.addSample({ clientSendAt, serverAt: pong.serverAt, clientReceiveAt: this.#now() });
  }
}

/** The app's socket as a ping link. */
function socketPingLink(socket: MockLoopSocket): PingLink {
  return {
    get connected() {
      return socket.connected;
    },
    onConnect(listener) {
      socket.on('connect', listener);
      return () => socket.off('connect', listener);
    },
    async ping(clientSendAt) {
      try {
        const ack: Ack<Pong> = await socket.timeout(PING_TIMEOUT_MS).emitWithAck('time:ping', { clientSendAt });
        return ack.ok ? ack.data : null;
      } catch {
        return null; // timed out: the next scheduled ping tries again
      }
    },
  };
}

let syncer: ClockSyncer | null = null;

/** The one syncer for the app's socket, started on first use; it lives as long as the page. */
export function clockSync(): ClockSyncer {
  if (!syncer) {
    syncer = new ClockSyncer(socketPingLink(getSocket()));
    syncer.start();
    // Some systems stop the steady clock while asleep: measure again when the page is shown.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void syncer?.resync();
    });
  }
  return syncer;
}

/** The server's epoch ms now; the single time source for every live screen. */
export function serverNow(): number {
  return clockSync().serverNow();
}
