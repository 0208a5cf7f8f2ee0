import {
  CreateLoopResponse,
  LoopView,
  ParticipantLink,
  SessionInfo,
  type CreateLoopRequestInput,
  type CustomQuestionRequest,
} from '@mockloop/shared';
import { apiFetch } from './http';

/** The loop API as the client uses it; every response is checked against the shared schema. */
export const loopsApi = {
  create: (body: CreateLoopRequestInput) =>
    apiFetch('/api/loops', { method: 'POST', body, parse: CreateLoopResponse.parse }),
  createDemo: () => apiFetch('/api/demo', { method: 'POST', body: {}, parse: CreateLoopResponse.parse }),
  session: (token: string) => apiFetch('/api/session', { token, parse: SessionInfo.parse }),
  view: (loopId: string, token: string) => apiFetch(`/api/loops/${loopId}`, { token, parse: LoopView.parse }),
  reissueLink: (loopId: string, participantId: string, token: string) =>
    apiFetch(`/api/loops/${loopId}/participants/${participantId}/link`, { method: 'POST', body: {}, token, parse: ParticipantLink.parse }),
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
