import { afterAll, describe, expect, it } from 'vitest';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { startChildServer } from '../../helpers/child-server.js';
import { createTestDatabase } from '../../helpers/db.js';
import { openCard, roundIds } from '../../helpers/scorecard.js';
import { closeAllClients, command, connected, createClient } from '../../helpers/socket.js';

afterAll(() => closeAllClients());

describe('a server killed with SIGKILL', () => {
  it('loses no autosave that was acknowledged', async () => {
    const database = await createTestDatabase({ onDisk: true });
    const env: Record<string, string> = database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir };
    try {
      const first = await startChildServer(env);
      const loop = await createLoop(first.url, loopRequest());
      const [round1] = await roundIds(first.url, loop.loopId, loop.organizer.token);
      const socket = createClient(first.url, { token: loop.interviewer(1).token });
      await connected(socket);
      const card = await openCard(socket, round1!);

      // Type for a while, then the process dies between two keystrokes.
      let acked = '';
      for (let seq = 1; seq <= 60; seq++) {
        const value = `The candidate owned the migration; keystroke ${seq}`;
        const ack = await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-sigkill', seq, ops: [{ op: 'setText', field: 'summary', value }] });
        if (ack.ok) acked = value;
      }
      // One more in flight while the process is killed: it may or may not be stored.
      void command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-sigkill', seq: 61, ops: [{ op: 'setText', field: 'summary', value: `${acked} (in flight)` }] }).catch(() => null);
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      socket.disconnect();

      const second = await startChildServer(env);
      const again = createClient(second.url, { token: loop.interviewer(1).token });
      await connected(again);
      const stored = await openCard(again, round1!);
      expect([acked, `${acked} (in flight)`]).toContain(stored.draft.summary);
      expect(stored.version).toBeGreaterThanOrEqual(60);
      again.disconnect();
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      await database.drop();
    }
  });
});
