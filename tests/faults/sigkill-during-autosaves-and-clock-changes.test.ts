import { afterAll, describe, expect, it } from 'vitest';
import type { ClockState } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { createLoop } from '../helpers/api.js';
import { startChildServer } from '../helpers/child-server.js';
import { createTestDatabase } from '../helpers/db.js';
import { clockOf } from '../helpers/live.js';
import { openCard, roundIds } from '../helpers/scorecard.js';
import { closeAllClients, command, connected, createClient, type TestClient } from '../helpers/socket.js';

/**
 * The server is SIGKILLed while two interviewers autosave from three tabs and the organizer
 * and an interviewer work two round clocks. After a restart on the same database: every
 * acknowledged autosave is there (a write still in flight may or may not be), and each clock
 * is exactly as its last acknowledged change left it, deadline included, still counting.
 */

afterAll(() => closeAllClients());

type Field = 'strengths' | 'concerns' | 'summary';
type Writer = { socket: TestClient; scorecardId: string; clientId: string; field: Field; acked: string | null; unacked: string[]; ackedCount: number };
type ClockDriver = { socket: TestClient; roundId: string; acked: ClockState | null; ackedCount: number };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a server killed with SIGKILL in the middle of autosaves and clock changes', () => {
  it('loses no acknowledged autosave and no acknowledged clock change; clocks resume exactly where they were', async () => {
    const database = await createTestDatabase({ onDisk: true });
    const env: Record<string, string> = database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir };
    try {
      const first = await startChildServer(env);
      const loop = await createLoop(first.url, loopRequest());
      const rounds = await roundIds(first.url, loop.loopId, loop.organizer.token);
      const connect = async (token: string) => {
        const socket = createClient(first.url, { token });
        await connected(socket);
        return socket;
      };
      const tab1 = await connect(loop.interviewer(1).token);
      const tab2 = await connect(loop.interviewer(1).token);
      const other = await connect(loop.interviewer(2).token);
      const organizer = await connect(loop.organizer.token);
      const card1 = await openCard(tab1, rounds[0]!);
      const card2 = await openCard(other, rounds[1]!);
      const writers: Writer[] = [
        { socket: tab1, scorecardId: card1.id, clientId: 'tab-kill-one', field: 'strengths', acked: null, unacked: [], ackedCount: 0 },
        { socket: tab2, scorecardId: card1.id, clientId: 'tab-kill-two', field: 'concerns', acked: null, unacked: [], ackedCount: 0 },
        { socket: other, scorecardId: card2.id, clientId: 'tab-kill-three', field: 'summary', acked: null, unacked: [], ackedCount: 0 },
      ];
      const clocks: ClockDriver[] = [
        { socket: organizer, roundId: rounds[2]!, acked: null, ackedCount: 0 },
        { socket: tab1, roundId: rounds[0]!, acked: null, ackedCount: 0 },
      ];
      let killed = false;

      const write = async (w: Writer) => {
        for (let seq = 1; !killed; seq++) {
          const value = `${w.field} keystroke ${seq} ${'·'.repeat(seq % 7)}`;
          // Every value sent since the last ack may have been stored: the kill can land after
          // the write and before its ack, and a busy writer may send once more before it notices.
          w.unacked.push(value);
          const ack = await command(w.socket, 'scorecard:patch', { scorecardId: w.scorecardId, clientId: w.clientId, seq, ops: [{ op: 'setText', field: w.field, value }] }).catch(() => null);
          if (ack?.ok && !killed) {
            w.acked = value;
            w.unacked = [];
            w.ackedCount++;
          }
          await pause(20);
        }
      };
      const drive = async (c: ClockDriver) => {
        const cycle = ['clock:start', 'clock:pause', 'clock:resume', 'clock:extend'] as const;
        for (let step = 0; !killed; step++) {
          const event = step === 0 ? cycle[0] : cycle[1 + ((step - 1) % 3)]!;
          const payload = event === 'clock:extend' ? { roundId: c.roundId, minutes: 1 } : { roundId: c.roundId };
          const ack = await command(c.socket, event as 'clock:extend', payload as { roundId: string; minutes: number }).catch(() => null);
          if (ack?.ok && !killed) {
            c.acked = ack.data;
            c.ackedCount++;
          }
          await pause(30);
        }
      };
      const running = [...writers.map(write), ...clocks.map(drive)];
      while (writers.some((w) => w.ackedCount < 25) || clocks.some((c) => c.ackedCount < 8)) await pause(20);

      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      killed = true;
      for (const socket of [tab1, tab2, other, organizer]) socket.disconnect();
      await Promise.all(running);

      const second = await startChildServer(env);
      try {
        const reconnect = async (token: string) => {
          const socket = createClient(second.url, { token });
          await connected(socket);
          return socket;
        };
        const again1 = await reconnect(loop.interviewer(1).token);
        const again2 = await reconnect(loop.interviewer(2).token);
        const stored1 = await openCard(again1, rounds[0]!);
        const stored2 = await openCard(again2, rounds[1]!);
        for (const w of writers) {
          const draft = (w.scorecardId === card1.id ? stored1 : stored2).draft;
          expect([w.acked, ...w.unacked], `${w.clientId}: the last acknowledged ${w.field} survives`).toContain(draft[w.field]);
        }
        expect(stored1.version).toBeGreaterThanOrEqual(writers[0]!.ackedCount + writers[1]!.ackedCount);
        expect(stored2.version).toBeGreaterThanOrEqual(writers[2]!.ackedCount);

        for (const c of clocks) {
          const state = await clockOf(again1, c.roundId);
          const last = c.acked!;
          // The change in flight at the kill may have committed (one version more), never more than that.
          expect(state.version - last.version, `round ${c.roundId}`).toBeGreaterThanOrEqual(0);
          expect(state.version - last.version).toBeLessThanOrEqual(1);
          if (state.version === last.version) expect(state).toEqual(last);
          expect(state.status).not.toBe('ended'); // an hour-long round cannot have expired meanwhile
          if (state.status === 'running') expect(state.deadline!).toBeGreaterThan(Date.now());
        }
        again1.disconnect();
        again2.disconnect();
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});
