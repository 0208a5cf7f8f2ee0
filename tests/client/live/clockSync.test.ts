import type { Pong } from '@mockloop/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClockSyncer, type PingLink } from '../../../client/src/live/clockSync';

/**
 * A simulated network: the client's clock is `clientTime`, the server's runs `skewMs` ahead,
 * and each ping spends `legs()` ms going out and coming back.
 */
function simulatedLink(skewMs: number, legs: (i: number) => [number, number]) {
  let clientTime = 1_000_000;
  let pings = 0;
  let onConnect: (() => void) | null = null;
  const link: PingLink & { connected: boolean } = {
    connected: true,
    onConnect(listener) {
      onConnect = listener;
      return () => {
        onConnect = null;
      };
    },
    async ping(clientSendAt): Promise<Pong> {
      const [up, down] = legs(pings++);
      clientTime += up;
      const serverAt = clientTime + skewMs;
      clientTime += down;
      return { clientSendAt, serverAt };
    },
  };
  return {
    link,
    now: () => clientTime,
    serverTime: () => clientTime + skewMs,
    advance: (ms: number) => {
      clientTime += ms;
    },
    connect: () => onConnect?.(),
    get pings() {
      return pings;
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ClockSyncer', () => {
  it.each([60 * 60_000, -60 * 60_000, 0, 37_123])('tracks a server %i ms away within 100 ms', async (skew) => {
    // Jittery, lopsided legs and one very slow round trip (a GC pause) among them.
    const legs = (i: number): [number, number] => (i === 2 ? [1500, 20] : [20 + ((i * 37) % 60), 15 + ((i * 53) % 90)]);
    const net = simulatedLink(skew, legs);
    const syncer = new ClockSyncer(net.link, { now: net.now, burst: 5 });
    await syncer.resync();
    expect(net.pings).toBe(5);
    expect(Math.abs(syncer.serverNow() - net.serverTime())).toBeLessThan(100);
    net.advance(10 * 60_000);
    expect(Math.abs(syncer.serverNow() - net.serverTime())).toBeLessThan(100);
  });

  it('falls back to the client clock before any answer, and a timed round trip from elsewhere counts', () => {
    const net = simulatedLink(60 * 60_000, () => [10, 10]);
    const syncer = new ClockSyncer(net.link, { now: net.now });
    expect(syncer.synced).toBe(false);
    expect(syncer.serverNow()).toBe(net.now());
    syncer.addSample(net.now() - 40, net.serverTime() - 20, net.now());
    expect(syncer.synced).toBe(true);
    expect(Math.abs(syncer.serverNow() - net.serverTime())).toBeLessThanOrEqual(20);
  });

  it('pings in a burst on every connect, then on an interval, and follows a clock that jumped', async () => {
    vi.useFakeTimers();
    let skew = 5_000;
    const net = simulatedLink(0, () => [10, 10]);
    const link: PingLink = {
      get connected() {
        return net.link.connected;
      },
      onConnect: (listener) => net.link.onConnect(listener),
      ping: async (sentAt) => {
        const pong = (await net.link.ping(sentAt))!;
        return { ...pong, serverAt: pong.serverAt + skew };
      },
    };
    const syncer = new ClockSyncer(link, { now: net.now, burst: 3, intervalMs: 30_000 });
    syncer.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(net.pings).toBe(3);
    expect(Math.abs(syncer.offsetMs - 5_000)).toBeLessThan(20);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(net.pings).toBe(4);

    // The client's steady clock stood still while the machine slept: a reconnect re-measures
    // and the old samples do not drag the estimate back.
    skew = 65_000;
    net.connect();
    await vi.advanceTimersByTimeAsync(0);
    expect(net.pings).toBe(7);
    expect(Math.abs(syncer.offsetMs - 65_000)).toBeLessThan(20);
    syncer.stop();
  });

  it('ignores an answer to a different ping and sends nothing while offline', async () => {
    const net = simulatedLink(0, () => [10, 10]);
    const link: PingLink = { ...net.link, connected: true, ping: async () => ({ clientSendAt: -1, serverAt: 0 }) };
    const syncer = new ClockSyncer(link, { now: net.now, burst: 2 });
    await syncer.resync();
    expect(syncer.synced).toBe(false);

    net.link.connected = false;
    const offline = new ClockSyncer(net.link, { now: net.now, burst: 2 });
    await offline.resync();
    expect(net.pings).toBe(0);
  });
});
