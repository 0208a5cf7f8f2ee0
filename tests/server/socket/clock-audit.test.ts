import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { clockOf, joinLive } from '../../helpers/live.js';
import { roundIds } from '../../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command } from '../../helpers/socket.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  closeAllClients();
  await server.app.database.db.execute(sql`drop trigger if exists refuse_clock_audit on audit_log`);
});
afterAll(async () => {
  await server.close();
});

describe('a clock change and its audit line', () => {
  it('are one transaction: when the audit line cannot be written, the clock does not change and nobody hears it did', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const [round1] = await roundIds(server.url, loop.loopId, loop.organizer.token);
    const { socket: organizer } = await joinLive(server.url, loop.organizer.token);
    const candidate = await joinLive(server.url, loop.candidate.token);
    const before = await clockOf(organizer, round1!);

    // A real failure of the audit insert, raised by the database itself.
    const db = server.app.database.db;
    await db.execute(sql`create or replace function refuse_clock_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit log unavailable'; end $$`);
    await db.execute(sql`create trigger refuse_clock_audit before insert on audit_log for each row
      when (new.action like 'clock.%') execute function refuse_clock_audit()`);

    const refused = await command(organizer, 'clock:start', { roundId: round1! });
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await clockOf(organizer, round1!), 'the clock is as it was').toEqual(before);

    await db.execute(sql`drop trigger refuse_clock_audit on audit_log`);
    const started = await command(organizer, 'clock:start', { roundId: round1! });
    expect(started).toMatchObject({ ok: true, data: { status: 'running', version: before.version + 1 } });
    // The refused start was never announced; the accepted one is (and is the only one).
    await expect.poll(() => candidate.facts.map((f) => f.type), { timeout: 5000 }).toEqual(['clock:started']);
  });
});
