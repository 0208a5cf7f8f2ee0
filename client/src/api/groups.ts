import type {
  Availability,
  Calibration,
  CandidateHistory,
  CreateGroupRequestInput,
  CreateGroupResponse,
  CreateSeriesResponse,
  GroupMemberView,
  GroupSession,
  GroupView,
  MemberHome,
  MemberLink,
  Reliability,
  SeatLink,
  SeriesPlan,
  SeriesProposal,
} from '@mockloop/shared/group/index';
import { apiFetch } from './http';

type SeriesLoop = { candidateId: string; interviewerIds: string[]; barRaiserId: string };

/** The group API as the client uses it; responses have the shared contract's types. */
export const groupsApi = {
  create: (body: CreateGroupRequestInput) => apiFetch<CreateGroupResponse>('/api/groups', { method: 'POST', body }),
  session: (token: string) => apiFetch<GroupSession>('/api/group-session', { token }),
  view: (groupId: string, token: string) => apiFetch<GroupView>(`/api/groups/${groupId}`, { token }),
  addMember: (groupId: string, token: string, body: { name: string; targetRole: string; timeZone: string; wantsToBeCandidate: boolean }) =>
    apiFetch<MemberLink>(`/api/groups/${groupId}/members`, { method: 'POST', token, body }),
  editMember: (groupId: string, memberId: string, token: string, body: Partial<{ wantsToBeCandidate: boolean }>) =>
    apiFetch<GroupMemberView>(`/api/groups/${groupId}/members/${memberId}`, { method: 'PATCH', token, body }),
  reissueLink: (groupId: string, memberId: string, token: string) => apiFetch<MemberLink>(`/api/groups/${groupId}/members/${memberId}/link`, { method: 'POST', token }),
  revokeLink: (groupId: string, memberId: string, token: string) => apiFetch<void>(`/api/groups/${groupId}/members/${memberId}/link`, { method: 'DELETE', token }),
  plan: (groupId: string, token: string, body: { roundsPerLoop: number; seed?: number }) =>
    apiFetch<SeriesProposal>(`/api/groups/${groupId}/series/plan`, { method: 'POST', token, body }),
  review: (groupId: string, token: string, body: { roundsPerLoop: number; loops: SeriesLoop[] }) =>
    apiFetch<SeriesPlan>(`/api/groups/${groupId}/series/review`, { method: 'POST', token, body }),
  createSeries: (groupId: string, token: string, body: { roundsPerLoop: number; meetingUrl?: string; loops: (SeriesLoop & { startsAt: string; timeZone: string })[] }) =>
    apiFetch<CreateSeriesResponse>(`/api/groups/${groupId}/series`, { method: 'POST', token, body }),
  home: (groupId: string, token: string) => apiFetch<MemberHome>(`/api/groups/${groupId}/me`, { token }),
  setAvailability: (groupId: string, token: string, body: { timeZone: string; slots: { startsAt: string; minutes: number }[] }) =>
    apiFetch<Availability>(`/api/groups/${groupId}/me/availability`, { method: 'PUT', token, body }),
  openSeat: (groupId: string, participantId: string, token: string) => apiFetch<SeatLink>(`/api/groups/${groupId}/seats/${participantId}/link`, { method: 'POST', token }),
  history: (groupId: string, memberId: string, token: string) => apiFetch<CandidateHistory>(`/api/groups/${groupId}/members/${memberId}/history`, { token }),
  calibration: (groupId: string, memberId: string, token: string) => apiFetch<Calibration>(`/api/groups/${groupId}/members/${memberId}/calibration`, { token }),
  reliability: (groupId: string, token: string) => apiFetch<Reliability>(`/api/groups/${groupId}/reliability`, { token }),
  calendar: async (groupId: string, token: string): Promise<Blob> => {
    const response = await fetch(`/api/groups/${groupId}/calendar.ics`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`Could not download the calendar (${response.status}).`);
    return response.blob();
  },
};
