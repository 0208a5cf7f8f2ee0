import { DebriefBoard, type DebriefPhase, type Spotlight } from '@mockloop/shared/debrief/board';
import { CandidateFeedback, type PublishFeedback } from '@mockloop/shared/debrief/feedback';
import type { Decision, Vote } from '@mockloop/shared/scales';
import { apiFetch } from './http';

/** The phases the Bar Raiser moves through by hand; `decided` and `published` follow from actions. */
export type MovablePhase = Extract<DebriefPhase, 'read' | 'revote' | 'discuss' | 'decide'>;

/** What the Bar Raiser sends to publish; per-LP summaries are optional. */
export type PublishRequest = Omit<PublishFeedback, 'lpSummaries'> & { lpSummaries?: PublishFeedback['lpSummaries'] };

const base = (loopId: string) => `/api/loops/${loopId}/debrief`;
const post = <T>(path: string, token: string, body: unknown, parse?: (data: unknown) => T) =>
  apiFetch<T>(path, { method: 'POST', token, body, ...(parse ? { parse } : {}) });

/**
 * The debrief and the published feedback as the client uses them. Boards and feedback are
 * checked against the shared schemas; commands answer `{ ok: true }`, after which the server
 * announces `debrief:changed` and the board is read again.
 */
export const debriefApi = {
  board: (loopId: string, token: string) => apiFetch(base(loopId), { token, parse: DebriefBoard.parse }),
  open: (loopId: string, token: string, reason?: string) =>
    post(`${base(loopId)}/open`, token, reason ? { reason } : {}, DebriefBoard.parse),
  markRead: (loopId: string, token: string, scorecardId: string) => post<void>(`${base(loopId)}/reads`, token, { scorecardId }),
  movePhase: (loopId: string, token: string, phase: MovablePhase) => post<void>(`${base(loopId)}/phase`, token, { phase }),
  revote: (loopId: string, token: string, vote: Vote) => post<void>(`${base(loopId)}/votes`, token, { vote }),
  spotlight: (loopId: string, token: string, spotlight: Spotlight | null) =>
    post<void>(`${base(loopId)}/spotlight`, token, { spotlight }),
  decide: (loopId: string, token: string, decision: Decision, rationale: string) =>
    post(`${base(loopId)}/decision`, token, { decision, rationale }, DebriefBoard.parse),
  publish: (loopId: string, token: string, body: PublishRequest) =>
    post(`${base(loopId)}/publish`, token, body, CandidateFeedback.parse),
  feedback: (loopId: string, token: string) =>
    apiFetch(`/api/loops/${loopId}/feedback`, { token, parse: CandidateFeedback.parse }),
};
