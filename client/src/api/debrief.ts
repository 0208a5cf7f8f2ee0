import type { DebriefBoard, DebriefPhase, DismissConflict, Spotlight } from '@mockloop/shared/debrief/board';
import type { CandidateFeedback, PublishFeedback } from '@mockloop/shared/debrief/feedback';
import type { Decision, Vote } from '@mockloop/shared/scales';
import { apiFetch } from './http';

/** The phases the Bar Raiser moves through by hand; `decided` and `published` follow from actions. */
export type MovablePhase = Extract<DebriefPhase, 'read' | 'revote' | 'discuss' | 'decide'>;

/** What the Bar Raiser sends to publish; per-LP summaries are optional. */
export type PublishRequest = Omit<PublishFeedback, 'lpSummaries'> & { lpSummaries?: PublishFeedback['lpSummaries'] };

const base = (loopId: string) => `/api/loops/${loopId}/debrief`;
const post = <T>(path: string, token: string, body: unknown) => apiFetch<T>(path, { method: 'POST', token, body });

/**
 * The debrief and the published feedback as the client uses them, typed by the shared
 * contract; commands answer `{ ok: true }`, after which the server
 * announces `debrief:changed` and the board is read again.
 */
export const debriefApi = {
  board: (loopId: string, token: string) => apiFetch<DebriefBoard>(base(loopId), { token }),
  open: (loopId: string, token: string, reason?: string) =>
    post<DebriefBoard>(`${base(loopId)}/open`, token, reason ? { reason } : {}),
  markRead: (loopId: string, token: string, scorecardId: string) => post<void>(`${base(loopId)}/reads`, token, { scorecardId }),
  movePhase: (loopId: string, token: string, phase: MovablePhase) => post<void>(`${base(loopId)}/phase`, token, { phase }),
  revote: (loopId: string, token: string, vote: Vote) => post<void>(`${base(loopId)}/votes`, token, { vote }),
  spotlight: (loopId: string, token: string, spotlight: Spotlight | null) =>
    post<void>(`${base(loopId)}/spotlight`, token, { spotlight }),
  dismiss: (loopId: string, token: string, body: DismissConflict) => post<void>(`${base(loopId)}/dismissals`, token, body),
  decide: (loopId: string, token: string, decision: Decision, rationale: string) =>
    post<DebriefBoard>(`${base(loopId)}/decision`, token, { decision, rationale }),
  publish: (loopId: string, token: string, body: PublishRequest) =>
    post<CandidateFeedback>(`${base(loopId)}/publish`, token, body),
  feedback: (loopId: string, token: string) =>
    apiFetch<CandidateFeedback>(`/api/loops/${loopId}/feedback`, { token }),
};
