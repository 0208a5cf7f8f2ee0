import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatchAck, ScorecardPatch } from '@mockloop/shared';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { BOTH_DATABASES } from '../../helpers/databases.js';
import { openCard, roundIds } from '../../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command, connected, createClient } from '../../helpers/socket.js';

const PATCHES = 40;
const RUNS = 20;

describe.each(BOTH_DATABASES)('pipelined autosaves on $name', ({ missing, create }) => {
  let server: TestServer;
  beforeAll(async () => {
    if (missing) return;
    server = await startTestServer({ database: await create() });
  });
  afterAll(async () => {
    closeAllClients();
    if (!server) return;
    await server.close();
    await server.database.drop();
  });

  it.skipIf(missing)(`${PATCHES} patches sent without waiting are applied in seq order, ${RUNS} runs`, async () => {
    for (let run = 0; run < RUNS; run++) {
      // A fresh card each run: 40 asked questions a run would reach the cap of 200 otherwise.
      const loop = await createLoop(server.url, loopRequest());
      const rounds = await roundIds(server.url, loop.loopId, loop.organizer.token);
      const socket = createClient(server.url, { token: loop.interviewer(1).token });
      await connected(socket);
      const card = await openCard(socket, rounds[0]!);
      const clientId = `tab-pipelined-${run}`;
      const patches: ScorecardPatch[] = Array.from({ length: PATCHES }, (_, i) => ({
        scorecardId: card.id,
        clientId,
        seq: i + 1,
        ops: [
          { op: 'setText', field: 'summary', value: `pipelined ${run}.${i + 1}` },
          { op: 'markAsked', questionId: `r${run}p${i + 1}` },
        ],
      }));
      const acks = await Promise.all(patches.map((p) => command(socket, 'scorecard:patch', p)));

      const applied = acks.map((a, i) => ({ seq: i + 1, ack: a })).filter((a): a is { seq: number; ack: { ok: true; data: PatchAck } } => a.ack.ok);
      expect(applied.map((a) => a.seq), `run ${run}: every pipelined patch is applied (${JSON.stringify(acks.find((a) => !a.ok))})`).toEqual(patches.map((p) => p.seq));
      const versions = applied.map((a) => a.ack.data.version);
      expect(versions, 'versions rise with seq').toEqual([...versions].sort((x, y) => x - y));

      const stored = await openCard(socket, rounds[0]!);
      expect(stored.draft.summary, 'the last acknowledged value is stored').toBe(`pipelined ${run}.${PATCHES}`);
      const askedThisRun = stored.draft.askedQuestionIds.filter((id) => id.startsWith(`r${run}p`));
      expect(askedThisRun, 'asked questions in seq order').toEqual(patches.map((p) => `r${run}p${p.seq}`));
      socket.disconnect();
    }
  }, 120_000);

  it.skipIf(missing)('a patch whose predecessor never arrived is refused as out-of-order, naming the seq to send', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const rounds = await roundIds(server.url, loop.loopId, loop.organizer.token);
    const socket = createClient(server.url, { token: loop.interviewer(1).token });
    await connected(socket);
    const card = await openCard(socket, rounds[0]!);
    const patch = (seq: number, value: string) => ({ scorecardId: card.id, clientId: 'tab-gap-0001', seq, ops: [{ op: 'setText' as const, field: 'summary' as const, value }] });
    expect(await command(socket, 'scorecard:patch', patch(1, 'one'))).toEqual({ ok: true, data: { version: 1, duplicate: false } });
    expect(await command(socket, 'scorecard:patch', patch(3, 'three'))).toEqual({
      ok: false,
      error: { code: 'out-of-order', message: expect.any(String), details: { expectedSeq: 2 } },
    });
    expect(await command(socket, 'scorecard:patch', patch(2, 'two'))).toEqual({ ok: true, data: { version: 2, duplicate: false } });
    expect(await command(socket, 'scorecard:patch', patch(3, 'three'))).toEqual({ ok: true, data: { version: 3, duplicate: false } });
    expect(await command(socket, 'scorecard:patch', patch(1, 'one again'))).toEqual({ ok: true, data: { version: 3, duplicate: true } });
    expect((await openCard(socket, rounds[0]!)).draft.summary).toBe('three');
  });
});
