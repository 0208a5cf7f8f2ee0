import type { PromptBankResponse, WritingExercise, WritingReviewDraft, WritingReviews, WritingSetupRequest } from '@mockloop/shared/writing/contract';
import type { z } from 'zod';
import { apiFetch } from './http';

const base = (loopId: string) => `/api/loops/${loopId}/writing`;

/** The writing exercise's HTTP API (the candidate's writing itself goes over the socket). */
export const writingApi = {
  prompts: () => apiFetch<z.infer<typeof PromptBankResponse>>('/api/writing/prompts'),
  read: (loopId: string, token: string) => apiFetch<WritingExercise>(base(loopId), { token }),
  setUp: (loopId: string, token: string, body: WritingSetupRequest) => apiFetch<WritingExercise>(base(loopId), { method: 'POST', token, body }),
  reviews: (loopId: string, token: string) => apiFetch<WritingReviews>(`${base(loopId)}/reviews`, { token }),
  saveReview: (loopId: string, token: string, body: WritingReviewDraft) => apiFetch<WritingReviews>(`${base(loopId)}/review`, { method: 'POST', token, body }),
  submitReview: (loopId: string, token: string, body: WritingReviewDraft) => apiFetch<WritingReviews>(`${base(loopId)}/review/submit`, { method: 'POST', token, body }),
};
