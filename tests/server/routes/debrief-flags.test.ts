import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, DebriefBoard, type StoryDataPoints } from '@mockloop/shared';
import { api } from '../../helpers/api.js';
import { BOTH_DATABASES } from '../../helpers/databases.js';
import { loopWithSubmittedScorecards, PLANTED, post } from '../../helpers/debrief.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients } from '../../helpers/socket.js';

const team = (size: number): StoryDataPoints => ({ team: { status: 'confirmed', value: { kind: 'team', size, whose: 'candidate' }, phrase: null } });

describe.each(BOTH_DATABASES)('conflicts in the debrief on $name', ({ missing, create }) => {
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

  /** The planted retelling in rounds 1 and 3, with what each interviewer confirmed; the debrief open. */
  async function openDebrief(points: [StoryDataPoints, StoryDataPoints]) {
    const { loop } = await loopWithSubmittedScorecards(server.url, { stories: { 1: [{ ...PLANTED[0], dataPoints: points[0] }], 3: [{ ...PLANTED[1], dataPoints: points[1] }] } });
    expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/open`, loop.barRaiser.token)).status).toBe(200);
    const read = async (token = loop.barRaiser.token) => DebriefBoard.parse((await api(server.url, `/api/loops/${loop.loopId}/debrief`, { token })).body);
    return { loop, read };
  }

  it.skipIf(missing)('compares confirmed data points exactly, before what the notes seem to say, and says which it used', async () => {
    const agreed = await openDebrief([team(8), team(8)]);
    const quiet = await agreed.read();
    expect(quiet.groups).toHaveLength(1);
    expect(quiet.groups[0]).toMatchObject({ rounds: [1, 3], confirmedKinds: ['team'] });
    expect(quiet.conflicts.filter((c) => c.kind === 'team'), 'both confirmed 8: the notes (8 vs 20) are set aside').toEqual([]);

    const clashing = await openDebrief([team(8), team(12)]);
    const flagged = (await clashing.read()).conflicts.find((c) => c.kind === 'team')!;
    expect(flagged).toMatchObject({ basis: 'confirmed', dismissal: null });
    expect(flagged.reason).toBe('Rounds 1 and 3 give the team different sizes (as the interviewers confirmed: 8 people vs 12 people).');

    const unconfirmed = await openDebrief([{}, team(20)]);
    const fromNotes = (await unconfirmed.read()).conflicts.find((c) => c.kind === 'team');
    expect(fromNotes?.basis, 'one side only confirmed: the notes decide').toBe('notes');
    expect(fromNotes?.reason).toBe('Rounds 1 and 3 give the team different sizes.');

    // Round 1's interviewer dismissed the team size the checker read: that reading is set aside.
    const rejected = await openDebrief([{ team: { status: 'dismissed', phrase: 'team of 8 engineers' } }, {}]);
    const setAside = await rejected.read();
    expect(setAside.conflicts.filter((c) => c.kind === 'team')).toEqual([]);
    expect(setAside.groups[0]).toMatchObject({ confirmedKinds: [], setAsideKinds: ['team'] });
  });

  it.skipIf(missing)('only the Bar Raiser dismisses a flag, with a reason everyone at the table reads; the audit log keeps that it happened', async () => {
    const { loop, read } = await openDebrief([team(8), team(12)]);
    const flag = (await read()).conflicts.find((c) => c.kind === 'team')!;
    const path = `/api/loops/${loop.loopId}/debrief/dismissals`;
    const reason = 'Round 1 counted only the engineers; round 3 the whole program.';
    const body = { stories: [flag.stories[1], flag.stories[0]], kind: 'team', reason };
    for (const link of [loop.interviewer(1), loop.organizer, loop.candidate, loop.shadow]) {
      expect((await post(server.url, path, link.token, body)).status, link.name).toBe(403);
    }
    expect((await post(server.url, path, loop.barRaiser.token, { ...body, reason: ' ' })).status).toBe(400);
    expect((await post(server.url, path, loop.barRaiser.token, { ...body, kind: 'outcome' })).status, 'no such flag').toBe(404);

    expect((await post(server.url, path, loop.barRaiser.token, body)).status).toBe(200);
    const seen = (await read(loop.interviewer(1).token)).conflicts.find((c) => c.kind === 'team')!;
    expect(seen.dismissal).toMatchObject({ reason, byName: 'Eve' });
    expect((await post(server.url, path, loop.barRaiser.token, body)).status, 'dismissed once').toBe(409);

    const log = AuditLog.parse((await api(server.url, `/api/loops/${loop.loopId}/audit`, { token: loop.organizer.token })).body);
    const lines = log.entries.filter((e) => e.action === 'debrief.flag-dismissed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ actorName: 'Eve', actorIsBarRaiser: true, detail: { kind: 'team', reasonLength: reason.length } });
    expect(JSON.stringify(log), 'the reason stays out of the log the organizer reads').not.toContain('whole program');
  });

  it.skipIf(missing)('refuses a dismissal once the decision is made', async () => {
    const { loop, read } = await openDebrief([team(8), team(12)]);
    const flag = (await read()).conflicts.find((c) => c.kind === 'team')!;
    for (const phase of ['revote', 'discuss', 'decide']) await post(server.url, `/api/loops/${loop.loopId}/debrief/phase`, loop.barRaiser.token, { phase });
    await post(server.url, `/api/loops/${loop.loopId}/debrief/decision`, loop.barRaiser.token, { decision: 'hire', rationale: 'Consistent and measured.' });
    const late = await post(server.url, `/api/loops/${loop.loopId}/debrief/dismissals`, loop.barRaiser.token, { stories: flag.stories, kind: 'team', reason: 'Too late.' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid-transition');
  });
});
