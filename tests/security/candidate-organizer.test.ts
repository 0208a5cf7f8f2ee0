import { AuditLog, CreateLoopResponse, LoopExport, LoopView, type LiveSnapshot, type PresenceFact } from '@mockloop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participants, rounds as roundsTable } from '../../server/src/db/schema.js';
import { loopRequest } from '../fixtures/loops.js';
import { api } from '../helpers/api.js';
import { BOTH_DATABASES } from '../helpers/databases.js';
import { completingOps, openCard } from '../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, command, connected, createClient } from '../helpers/socket.js';

/**
 * A candidate organizing their own loop holds the organizer's link, so the organizer's answers
 * must keep from them what the candidate's own keep: each round's LPs and who the Bar Raiser
 * is. Checked on every answer an organizer gets: the links at creation, the loop view, the
 * calendar, a re-issued link, presence (snapshot and fact), the audit log and the export.
 * The interviewers' answers are unchanged.
 */
describe.each(BOTH_DATABASES)('an organizer who is the candidate, on $name', ({ missing, create }) => {
  let server: TestServer;
  let created: CreateLoopResponse;
  const link = (pick: (l: CreateLoopResponse['links'][number]) => boolean) => created.links.find(pick)!;
  const organizer = () => link((l) => l.role === 'organizer');

  beforeAll(async () => {
    if (missing) return;
    server = await startTestServer({ database: await create() });
    const request = loopRequest({ organizerIsCandidate: true, organizer: { name: 'Sam Ortiz' } });
    // No round chosen as the Bar Raiser, and none named after it (the fixture names one so).
    request.rounds = request.rounds.map(({ isBarRaiser: _chosenByMockLoop, ...round }, index) => ({ ...round, title: `Round ${index + 1}` }));
    const response = await api(server.url, '/api/loops', { method: 'POST', body: request });
    expect(response.status).toBe(201);
    created = CreateLoopResponse.parse(response.body);
  });

  afterAll(async () => {
    closeAllClients();
    if (!server) return;
    await server.close();
    await server.database.drop();
  });

  async function barRaiserId(): Promise<string> {
    const rows = await server.app.database.db.select().from(participants);
    const chosen = rows.filter((row) => row.isBarRaiser);
    expect(chosen).toHaveLength(1);
    return chosen[0]!.id;
  }

  it.skipIf(missing)('MockLoop picks one behavioral round as the Bar Raiser and assigns every round its LPs', async () => {
    const id = await barRaiserId();
    const rows = await server.app.database.db.select().from(participants);
    const roundRows = await server.app.database.db.select().from(roundsTable);
    const round = roundRows.find((r) => r.id === rows.find((p) => p.id === id)!.roundId)!;
    expect(round.kind).toBe('behavioral');
    for (const r of roundRows) expect(r.assignedLps.length).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(missing)('gets every link but not which is the Bar Raiser, and a view without LPs, Bar Raiser or gaps', async () => {
    expect(created.links).toHaveLength(8);
    for (const l of created.links) expect(l).not.toHaveProperty('isBarRaiser');

    const raw = await api(server.url, `/api/loops/${created.loopId}`, { token: organizer().token });
    const view = LoopView.parse(raw.body);
    expect(view.loop.organizerIsCandidate).toBe(true);
    for (const round of view.rounds) {
      expect(round).not.toHaveProperty('assignedLps');
      expect(round).not.toHaveProperty('isBarRaiser');
    }
    for (const person of view.organizer!.participants) expect(person).not.toHaveProperty('isBarRaiser');
    expect(view.organizer).not.toHaveProperty('uncoveredLps');
    // People, times and progress are still there.
    expect(view.organizer!.participants).toHaveLength(8);
    expect(view.organizer!.scorecards).toHaveLength(5);

    const calendar = await api(server.url, `/api/loops/${created.loopId}/calendar.ics`, { token: organizer().token });
    expect(calendar.status).toBe(200);
    expect(calendar.text).not.toMatch(/bar raiser/i);

    // The Bar Raiser's own view is as in any loop.
    const id = await barRaiserId();
    const barRaiser = link((l) => l.participantId === id);
    const theirs = LoopView.parse((await api(server.url, `/api/loops/${created.loopId}`, { token: barRaiser.token })).body);
    expect(theirs.viewer.isBarRaiser).toBe(true);
    expect(theirs.rounds.find((r) => r.id === theirs.viewer.roundId)!.assignedLps!.length).toBeGreaterThan(0);
  });

  it.skipIf(missing)('re-issues the Bar Raiser’s link without saying whose it is', async () => {
    const id = await barRaiserId();
    const response = await api(server.url, `/api/loops/${created.loopId}/participants/${id}/link`, { method: 'POST', token: organizer().token, body: {} });
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('isBarRaiser');
    // Keep the new link for the later cases.
    created = { ...created, links: created.links.map((l) => (l.participantId === id ? { ...l, token: response.body.token, url: response.body.url } : l)) };
  });

  it.skipIf(missing)('hears presence without the Bar Raiser mark, while an interviewer hears it whole', async () => {
    const id = await barRaiserId();
    const mine = createClient(server.url, { token: organizer().token });
    const other = createClient(server.url, { token: link((l) => l.role === 'interviewer' && l.participantId !== id).token });
    await Promise.all([connected(mine), connected(other)]);
    const heard: PresenceFact[] = [];
    const heardByOther: PresenceFact[] = [];
    mine.on('presence:changed', (fact) => heard.push(fact));
    other.on('presence:changed', (fact) => heardByOther.push(fact));

    const barRaiser = createClient(server.url, { token: link((l) => l.participantId === id).token });
    await connected(barRaiser);
    await expect.poll(() => heard.some((f) => f.entries.some((e) => e.participantId === id && e.online))).toBe(true);
    await expect.poll(() => heardByOther.some((f) => f.entries.some((e) => e.participantId === id && e.online))).toBe(true);
    for (const fact of heard) expect(fact.entries.every((e) => !e.isBarRaiser)).toBe(true);
    expect(heardByOther.at(-1)!.entries.find((e) => e.participantId === id)!.isBarRaiser).toBe(true);

    const snapshot = await command(mine, 'live:snapshot', {});
    expect(snapshot.ok).toBe(true);
    expect((snapshot as { data: LiveSnapshot }).data.presence.every((e) => !e.isBarRaiser)).toBe(true);
  });

  it.skipIf(missing)('reads the audit log and the export with the Bar Raiser unnamed and no round’s LPs', async () => {
    const id = await barRaiserId();
    // The Bar Raiser submits: an audit line whose actor is the Bar Raiser.
    const barRaiser = createClient(server.url, { token: link((l) => l.participantId === id).token });
    await connected(barRaiser);
    const view = LoopView.parse((await api(server.url, `/api/loops/${created.loopId}`, { token: link((l) => l.participantId === id).token })).body);
    const card = await openCard(barRaiser, view.viewer.roundId!);
    const patch = { scorecardId: card.id, clientId: 'candidate-organizer-test', seq: 1, ops: completingOps(card) };
    expect((await command(barRaiser, 'scorecard:patch', patch)).ok).toBe(true);
    expect((await command(barRaiser, 'scorecard:submit', { scorecardId: card.id })).ok).toBe(true);

    const audit = AuditLog.parse((await api(server.url, `/api/loops/${created.loopId}/audit`, { token: organizer().token })).body);
    const submitted = audit.entries.find((e) => e.action === 'scorecard.submitted')!;
    expect(submitted.actorId).toBeNull();
    expect(submitted.actorName).toBeNull();
    for (const entry of audit.entries) expect(entry).not.toHaveProperty('actorIsBarRaiser');
    // No interviewer is named, so the Bar Raiser does not stand out as the one left unnamed.
    for (const entry of audit.entries.filter((e) => e.actorRole === 'interviewer')) expect(entry.actorId).toBeNull();

    // The Bar Raiser reads the same log whole.
    const theirs = AuditLog.parse((await api(server.url, `/api/loops/${created.loopId}/audit`, { token: link((l) => l.participantId === id).token })).body);
    expect(theirs.entries.find((e) => e.action === 'scorecard.submitted')).toMatchObject({ actorId: id, actorIsBarRaiser: true });

    const exported = LoopExport.parse((await api(server.url, `/api/loops/${created.loopId}/export`, { token: organizer().token })).body);
    expect(exported.loop.organizerIsCandidate).toBe(true);
    expect(exported.feedbackIncluded).toBe(false);
    for (const round of exported.rounds) expect(round).not.toHaveProperty('assignedLps');
    for (const person of exported.participants) expect(person).not.toHaveProperty('isBarRaiser');
    expect(exported.auditLog.find((e) => e.action === 'scorecard.submitted')!.actorId).toBeNull();
  });

  it.skipIf(missing)('refuses a Bar Raiser or LPs chosen by a candidate who organizes', async () => {
    const base = loopRequest({ organizerIsCandidate: true });
    const withBarRaiser = await api(server.url, '/api/loops', { method: 'POST', body: base });
    expect(withBarRaiser.status).toBe(400);
    expect(JSON.stringify(withBarRaiser.body)).toContain('MockLoop picks the Bar Raiser when the organizer is the candidate');

    const rounds = base.rounds.map(({ isBarRaiser: _b, ...round }, index) => (index === 0 ? { ...round, assignedLps: ['ownership' as const] } : round));
    const withLps = await api(server.url, '/api/loops', { method: 'POST', body: { ...base, rounds } });
    expect(withLps.status).toBe(400);
    expect(JSON.stringify(withLps.body)).toContain('MockLoop assigns the LPs when the organizer is the candidate');
  });
});
