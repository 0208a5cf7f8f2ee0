import { CreateGroupResponse, GroupView, SeriesProposal, type CreateGroupRequestInput, type PatchOp, type Vote } from '@mockloop/shared';
import { api } from './api.js';
import { completingOps, openCard, roundIds } from './scorecard.js';
import { command, connected, createClient } from './socket.js';

export const MEMBER_NAMES = ['Ada Park', 'Ben Osei', 'Cleo Marsh', 'Dev Rao', 'Eve Lund', 'Finn Abe', 'Gia Moss'];

export function groupRequest(size = 6, overrides: Partial<CreateGroupRequestInput> = {}): CreateGroupRequestInput {
  return {
    name: 'Thursday loop club',
    organizer: { name: 'Olive Organizer' },
    members: MEMBER_NAMES.slice(0, size).map((name) => ({ name, targetRole: 'product-manager' as const, timeZone: 'Europe/Berlin' })),
    ...overrides,
  };
}

export async function createGroup(url: string, request: CreateGroupRequestInput = groupRequest()) {
  const response = await api(url, '/api/groups', { method: 'POST', body: request });
  if (response.status !== 201) throw new Error(`group not created: ${response.status} ${response.text}`);
  const created = CreateGroupResponse.parse(response.body);
  const member = (name: string) => created.members.find((m) => m.name === name)!;
  return { ...created, member };
}

export type CreatedGroup = Awaited<ReturnType<typeof createGroup>>;

/** Plans a series and creates its loops at the given local start, a day apart. */
export async function planAndCreateSeries(url: string, group: CreatedGroup, firstDay = '2030-03-04') {
  const planned = await api(url, `/api/groups/${group.groupId}/series/plan`, { method: 'POST', token: group.organizer.token, body: { roundsPerLoop: 5, seed: 1 } });
  if (planned.status !== 200) throw new Error(`plan: ${planned.status} ${planned.text}`);
  const plan = SeriesProposal.parse(planned.body);
  const day = Date.parse(`${firstDay}T00:00:00Z`);
  const loops = plan.loops.map((loop, k) => ({ ...loop, startsAt: `${new Date(day + k * 86_400_000).toISOString().slice(0, 10)}T18:00`, timeZone: 'Europe/Berlin' }));
  const created = await api(url, `/api/groups/${group.groupId}/series`, { method: 'POST', token: group.organizer.token, body: { roundsPerLoop: 5, loops } });
  if (created.status !== 201) throw new Error(`series: ${created.status} ${created.text}`);
  const view = GroupView.parse((await api(url, `/api/groups/${group.groupId}`, { token: group.organizer.token })).body);
  return { plan, view, created: created.body as { series: number; loops: { loopId: string; candidateMemberId: string }[] } };
}

/** A fresh loop token for a member's (or the organizer's) seat, as the member home gets it. */
export async function seatToken(url: string, groupId: string, groupToken: string, participantId: string): Promise<string> {
  const response = await api(url, `/api/groups/${groupId}/seats/${participantId}/link`, { method: 'POST', token: groupToken });
  if (response.status !== 200) throw new Error(`seat link: ${response.status} ${response.text}`);
  return (response.body as { token: string }).token;
}

type RunOptions = {
  /** Rating per round position; default Meets everywhere. */
  rating?: (position: number) => 'raises-the-bar' | 'meets' | 'below';
  vote?: (position: number) => Vote;
};

/**
 * Runs one group loop to published feedback through the same API and socket commands the
 * screens use: every interviewer (each through their own member link) writes and submits a
 * scorecard, then the Bar Raiser opens the debrief, decides and publishes.
 */
export async function runLoopToPublication(url: string, group: CreatedGroup, loopId: string, options: RunOptions = {}) {
  const view = GroupView.parse((await api(url, `/api/groups/${group.groupId}`, { token: group.organizer.token })).body);
  const loop = view.loops.find((l) => l.loopId === loopId)!;
  const organizerToken = await seatToken(url, group.groupId, group.organizer.token, loop.organizerParticipantId!);
  const rounds = await roundIds(url, loopId, organizerToken);
  const tokenOfMember = new Map(group.members.map((m) => [m.memberId, m.token]));
  let barRaiserToken = '';
  for (const seat of [...loop.interviewers].sort((a, b) => a.roundPosition - b.roundPosition)) {
    const home = (await api(url, `/api/groups/${group.groupId}/me`, { token: tokenOfMember.get(seat.memberId)! })).body as { seats: { participantId: string; loopId: string; roundPosition: number | null }[] };
    const mine = home.seats.find((s) => s.loopId === loopId && s.roundPosition === seat.roundPosition)!;
    const token = await seatToken(url, group.groupId, tokenOfMember.get(seat.memberId)!, mine.participantId);
    if (seat.isBarRaiser) barRaiserToken = token;
    const socket = createClient(url, { token });
    await connected(socket);
    const card = await openCard(socket, rounds[seat.roundPosition - 1]!);
    const rating = options.rating?.(seat.roundPosition) ?? 'meets';
    const ops: PatchOp[] = [...completingOps(card), ...card.assignedLps.map((lpId) => ({ op: 'setRating' as const, lpId, value: rating })), { op: 'setVote', value: options.vote?.(seat.roundPosition) ?? 'inclined-hire' }];
    const patched = await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: `group-tab-${seat.roundPosition}`, seq: 1, ops });
    if (!patched.ok) throw new Error(patched.error.message);
    const submitted = await command(socket, 'scorecard:submit', { scorecardId: card.id });
    if (!submitted.ok) throw new Error(submitted.error.message);
    socket.disconnect();
  }
  const debrief = async (path: string, body: unknown) => {
    const answer = await api(url, `/api/loops/${loopId}/debrief/${path}`, { method: 'POST', token: barRaiserToken, body });
    if (answer.status !== 200) throw new Error(`debrief ${path}: ${answer.status} ${answer.text}`);
  };
  await debrief('open', {});
  for (const phase of ['revote', 'discuss', 'decide']) await debrief('phase', { phase });
  await debrief('decision', { decision: 'hire', rationale: 'Strong ownership across every round.' });
  await debrief('publish', { showInterviewerNames: false, strengths: ['Owns outcomes'], growthAreas: ['Quantify results'] });
  return { loop, barRaiserToken };
}
