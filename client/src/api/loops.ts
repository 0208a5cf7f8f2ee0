import type {
  CreateLoopRequestInput,
  CreateLoopResponse,
  CustomQuestionRequest,
  LoopView,
  ParticipantLink,
  SessionInfo,
} from '@mockloop/shared';
import { apiFetch } from './http';

/** The loop API as the client uses it; responses have the shared contract's types. */
export const loopsApi = {
  create: (body: CreateLoopRequestInput) => apiFetch<CreateLoopResponse>('/api/loops', { method: 'POST', body }),
  createDemo: () => apiFetch<CreateLoopResponse>('/api/demo', { method: 'POST', body: {} }),
  session: (token: string) => apiFetch<SessionInfo>('/api/session', { token }),
  view: (loopId: string, token: string) => apiFetch<LoopView>(`/api/loops/${loopId}`, { token }),
  reissueLink: (loopId: string, participantId: string, token: string) =>
    apiFetch<ParticipantLink>(`/api/loops/${loopId}/participants/${participantId}/link`, { method: 'POST', body: {}, token }),
  revokeLink: (loopId: string, participantId: string, token: string) =>
    apiFetch<void>(`/api/loops/${loopId}/participants/${participantId}/link`, { method: 'DELETE', token }),
  /** Adds an organizer's own question to the loop. */
  addQuestion: (loopId: string, token: string, body: CustomQuestionRequest) =>
    apiFetch<{ id: string }>(`/api/loops/${loopId}/questions`, { method: 'POST', body, token }),
  /** The participant's calendar file as text (fetched with the bearer token, then saved as a Blob). */
  calendar: async (loopId: string, token: string): Promise<Blob> => {
    const response = await fetch(`/api/loops/${loopId}/calendar.ics`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`Could not download the calendar (${response.status}).`);
    return response.blob();
  },
};
