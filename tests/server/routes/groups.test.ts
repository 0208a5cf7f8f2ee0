import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Calibration, CandidateHistory, GroupSession, GroupView, MemberHome, Reliability, SeriesPlan, SeriesProposal } from '@mockloop/shared';
import { api } from '../../helpers/api.js';
import { fingerprint, IGNORE_PRESENCE } from '../../helpers/db-fingerprint.js';
import { createGroup, groupRequest, planAndCreateSeries, runLoopToPublication, seatToken, type CreatedGroup } from '../../helpers/group.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command, connected, createClient } from '../../helpers/socket.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllClients();
  await server.close();
});

const get = (path: string, token?: string) => api(server.url, path, { token });
const post = (path: string, token: string, body: unknown = {}) => api(server.url, path, { method: 'POST', token, body });

describe('a group and its links', () => {
  it('creates a group with an organizer link and one member link each; links say who they are', async () => {
    const group = await createGroup(server.url, groupRequest(6));
    expect(group.members).toHaveLength(6);
    expect(group.organizer.url).toMatch(/\/group#token=/);
    expect(GroupSession.parse((await get('/api/group-session', group.organizer.token)).body)).toMatchObject({ kind: 'organizer', groupId: group.groupId, memberId: null });
    expect(GroupSession.parse((await get('/api/group-session', group.members[2]!.token)).body)).toMatchObject({ kind: 'member', name: 'Cleo Marsh' });
    const view = GroupView.parse((await get(`/api/groups/${group.groupId}`, group.organizer.token)).body);
    expect(view.members.map((m) => m.name)).toEqual(group.members.map((m) => m.name));
  });

  it('a revoked member link stops working at once; a re-issued one works and the old one does not', async () => {
    const group = await createGroup(server.url, groupRequest(3));
    const ada = group.members[0]!;
    expect((await api(server.url, `/api/groups/${group.groupId}/members/${ada.memberId}/link`, { method: 'DELETE', token: group.organizer.token })).status).toBe(204);
    expect((await get(`/api/groups/${group.groupId}/me`, ada.token)).status).toBe(401);
    const reissued = await post(`/api/groups/${group.groupId}/members/${ada.memberId}/link`, group.organizer.token);
    expect(reissued.status).toBe(200);
    expect((await get(`/api/groups/${group.groupId}/me`, reissued.body.token)).status).toBe(200);
    expect((await get(`/api/groups/${group.groupId}/me`, ada.token)).status).toBe(401);
  });

  it('refuses a thirteenth member with a clear conflict', async () => {
    const group = await createGroup(server.url, { ...groupRequest(0), members: Array.from({ length: 12 }, (_, i) => ({ name: `Member ${i + 1}`, targetRole: 'other' as const, timeZone: 'UTC' })) });
    const refused = await post(`/api/groups/${group.groupId}/members`, group.organizer.token, { name: 'One too many', targetRole: 'other', timeZone: 'UTC' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/at most 12 members/);
  });
});

describe('planning and creating a series', () => {
  let group: CreatedGroup;
  beforeAll(async () => {
    group = await createGroup(server.url, groupRequest(6));
  });

  it('plans six loops, each member the candidate once, with reasons, and proposes dates from marked times', async () => {
    // Everyone marks the same two evenings in their own zone; one member thinks in New York time.
    const slots = [{ startsAt: '2030-03-04T18:00', minutes: 6 * 60 }, { startsAt: '2030-03-05T18:00', minutes: 6 * 60 }];
    for (const member of group.members.slice(0, 5)) {
      expect((await api(server.url, `/api/groups/${group.groupId}/me/availability`, { method: 'PUT', token: member.token, body: { timeZone: 'Europe/Berlin', slots } })).status).toBe(200);
    }
    const ny = await api(server.url, `/api/groups/${group.groupId}/me/availability`, { method: 'PUT', token: group.members[5]!.token, body: { timeZone: 'America/New_York', slots: [{ startsAt: '2030-03-04T12:00', minutes: 6 * 60 }] } });
    expect(ny.body.slots[0].startsAt).toBe('2030-03-04T17:00:00.000Z');
    const plan = SeriesProposal.parse((await post(`/api/groups/${group.groupId}/series/plan`, group.organizer.token, { roundsPerLoop: 5 })).body);
    expect(plan.loops.map((l) => l.candidateId)).toEqual(group.members.map((m) => m.memberId));
    expect(Object.values(plan.loads)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(plan.notes.some((n) => /Bar Raiser/.test(n.text))).toBe(true);
    // 18:00 Berlin = 17:00Z on both days; the New York member is free only on the first, so one loop fits.
    expect(plan.dates[0]).toMatchObject({ startsAt: '2030-03-04T17:00:00.000Z' });
    expect(plan.dates.slice(1).every((d) => d.startsAt === null)).toBe(true);
  });

  it('explains a hand adjustment that breaks a rule, and refuses to create it without writing anything', async () => {
    const plan = SeriesProposal.parse((await post(`/api/groups/${group.groupId}/series/plan`, group.organizer.token, { roundsPerLoop: 5 })).body);
    const bad = plan.loops.map((l, k) => (k === 0 ? { ...l, interviewerIds: [l.candidateId, ...l.interviewerIds.slice(1)] } : l));
    const review = SeriesPlan.parse((await post(`/api/groups/${group.groupId}/series/review`, group.organizer.token, { roundsPerLoop: 5, loops: bad })).body);
    expect(review.violations).toContainEqual(expect.objectContaining({ rule: 'own-loop', severity: 'error', text: 'Ada Park would interview in their own loop.' }));
    const before = await fingerprint(server.app.database.db, IGNORE_PRESENCE);
    const loops = bad.map((l) => ({ ...l, startsAt: '2030-03-04T18:00', timeZone: 'Europe/Berlin' }));
    const refused = await post(`/api/groups/${group.groupId}/series`, group.organizer.token, { roundsPerLoop: 5, loops });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/own loop/);
    expect(await fingerprint(server.app.database.db, IGNORE_PRESENCE)).toEqual(before);
  });

  it('refuses a series with an impossible date in any loop, writing none of its loops', async () => {
    const plan = SeriesProposal.parse((await post(`/api/groups/${group.groupId}/series/plan`, group.organizer.token, { roundsPerLoop: 5 })).body);
    const loops = plan.loops.map((l, k) => ({ ...l, startsAt: k === 2 ? '2030-02-30T18:00' : '2030-03-04T18:00', timeZone: 'Europe/Berlin' }));
    const before = await fingerprint(server.app.database.db, IGNORE_PRESENCE);
    const refused = await post(`/api/groups/${group.groupId}/series`, group.organizer.token, { roundsPerLoop: 5, loops });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/loops\.2\.startsAt: must be a date and time that exists/);
    expect(await fingerprint(server.app.database.db, IGNORE_PRESENCE)).toEqual(before);
  });

  it('creates each planned loop as a normal loop; every member home lists their seats in every role', async () => {
    const { view } = await planAndCreateSeries(server.url, group);
    expect(view.loops).toHaveLength(6);
    expect(view.loops.every((l) => l.interviewers.length === 5 && l.interviewers.filter((i) => i.isBarRaiser).length === 1)).toBe(true);
    const home = MemberHome.parse((await get(`/api/groups/${group.groupId}/me`, group.members[0]!.token)).body);
    expect(home.seats.filter((s) => s.role === 'candidate')).toHaveLength(1);
    expect(home.seats.filter((s) => s.role === 'interviewer')).toHaveLength(5);
    // The seat opens the loop in that role; opening it again signs the earlier link out.
    const seat = home.seats.find((s) => s.role === 'candidate')!;
    const first = await seatToken(server.url, group.groupId, group.members[0]!.token, seat.participantId);
    const session = await get('/api/session', first);
    expect(session.body).toMatchObject({ loopId: seat.loopId, viewer: { role: 'candidate', name: 'Ada Park' } });
    const second = await seatToken(server.url, group.groupId, group.members[0]!.token, seat.participantId);
    expect((await get('/api/session', first)).status).toBe(401);
    expect((await get('/api/session', second)).status).toBe(200);
    // Nobody opens someone else's seat.
    expect((await post(`/api/groups/${group.groupId}/seats/${seat.participantId}/link`, group.members[1]!.token)).status).toBe(404);
  });

  it('exports the member\'s seats as a calendar file', async () => {
    const ics = await get(`/api/groups/${group.groupId}/calendar.ics`, group.members[0]!.token);
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics.text).toContain('You are the candidate.');
  });
});

describe('history, calibration and reliability after a published loop', () => {
  let group: CreatedGroup;
  let loopId: string;
  let candidateId: string;
  let outsiderToken: string;
  let lenientId: string;

  beforeAll(async () => {
    // Seven members, five rounds: each loop leaves one member out.
    group = await createGroup(server.url, groupRequest(7));
    const { view } = await planAndCreateSeries(server.url, group);
    const loop = view.loops[0]!;
    loopId = loop.loopId;
    candidateId = loop.candidateMemberId;
    const inLoop = new Set([candidateId, ...loop.interviewers.map((i) => i.memberId)]);
    outsiderToken = group.members.find((m) => !inLoop.has(m.memberId))!.token;
    const generous = loop.interviewers.find((i) => i.roundPosition === 1)!;
    lenientId = generous.memberId;
    await runLoopToPublication(server.url, group, loopId, {
      rating: (position) => (position === 1 ? 'raises-the-bar' : 'meets'),
      vote: (position) => (position === 1 ? 'strong-hire' : 'inclined-hire'),
    });
  });

  it("the candidate's history shows the loop's decision, LP scores, votes and practice plan", async () => {
    const me = group.members.find((m) => m.memberId === candidateId)!;
    const history = CandidateHistory.parse((await get(`/api/groups/${group.groupId}/members/${candidateId}/history`, me.token)).body);
    expect(history.loops).toHaveLength(1);
    expect(history.loops[0]).toMatchObject({ loopId, decision: 'hire', growthAreas: ['Quantify results'] });
    expect(history.loops[0]!.votes).toMatchObject({ 'strong-hire': 1, 'inclined-hire': 4 });
    expect(history.trends.length).toBeGreaterThan(0);
  });

  it('another member sees it only if they sat in the loop, and never the votes', async () => {
    const sat = group.members.find((m) => m.memberId === lenientId)!;
    const seen = CandidateHistory.parse((await get(`/api/groups/${group.groupId}/members/${candidateId}/history`, sat.token)).body);
    expect(seen.loops).toHaveLength(1);
    expect(seen.loops[0]!.votes).toBeNull();
    const outside = CandidateHistory.parse((await get(`/api/groups/${group.groupId}/members/${candidateId}/history`, outsiderToken)).body);
    expect(outside.loops).toEqual([]);
  });

  it('calibration marks the generous interviewer lenient, for them and the organizer only', async () => {
    const lenient = group.members.find((m) => m.memberId === lenientId)!;
    const mine = Calibration.parse((await get(`/api/groups/${group.groupId}/members/${lenientId}/calibration`, lenient.token)).body);
    // Every seat is listed; only the published loop is compared.
    expect(mine.loops.filter((l) => l.leaning !== 'not-enough')).toHaveLength(1);
    expect(mine.loops.find((l) => l.loopId === loopId)).toMatchObject({ loopId, vote: 'strong-hire', decision: 'hire', agreesWithDecision: true, leaning: 'lenient', timing: 'on-time' });
    expect(mine.leaning).toBe('lenient');
    expect(Calibration.parse((await get(`/api/groups/${group.groupId}/members/${lenientId}/calibration`, group.organizer.token)).body).leaning).toBe('lenient');
    const other = group.members.find((m) => m.memberId !== lenientId)!;
    expect((await get(`/api/groups/${group.groupId}/members/${lenientId}/calibration`, other.token)).status).toBe(403);
  });

  it('reliability is the organizer\'s alone', async () => {
    const rows = Reliability.parse((await get(`/api/groups/${group.groupId}/reliability`, group.organizer.token)).body);
    expect(rows.members).toHaveLength(7);
    expect((await get(`/api/groups/${group.groupId}/reliability`, group.members[0]!.token)).status).toBe(403);
  });
});

describe('reliability from presence', () => {
  it('counts a member who entered their round late, and seats nobody entered as never', async () => {
    const group = await createGroup(server.url, groupRequest(6));
    const plan = SeriesProposal.parse((await post(`/api/groups/${group.groupId}/series/plan`, group.organizer.token, { roundsPerLoop: 5 })).body);
    // The first loop began two days ago (UTC), so every one of its rounds has started.
    const past = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const loops = plan.loops.slice(0, 1).map((l) => ({ ...l, startsAt: `${past}T08:00`, timeZone: 'UTC' }));
    expect((await post(`/api/groups/${group.groupId}/series`, group.organizer.token, { roundsPerLoop: 5, loops })).status).toBe(201);
    const view = GroupView.parse((await get(`/api/groups/${group.groupId}`, group.organizer.token)).body);
    const first = view.loops[0]!.interviewers.find((i) => i.roundPosition === 1)!;
    const member = group.members.find((m) => m.memberId === first.memberId)!;
    const home = MemberHome.parse((await get(`/api/groups/${group.groupId}/me`, member.token)).body);
    const seat = home.seats.find((s) => s.roundPosition === 1)!;
    const token = await seatToken(server.url, group.groupId, member.token, seat.participantId);
    const loopView = await get(`/api/loops/${seat.loopId}`, token);
    const socket = createClient(server.url, { token });
    await connected(socket);
    const entered = await command(socket, 'presence:enter', { roundId: loopView.body.rounds[0].id });
    expect(entered.ok).toBe(true);
    socket.disconnect();
    const rows = Reliability.parse((await get(`/api/groups/${group.groupId}/reliability`, group.organizer.token)).body);
    const row = (memberId: string) => rows.members.find((r) => r.memberId === memberId)!;
    expect(row(first.memberId)).toMatchObject({ seats: 1, late: 1, never: 0 });
    expect(row(view.loops[0]!.candidateMemberId)).toMatchObject({ seats: 1, late: 0, never: 1 });
  });
});
