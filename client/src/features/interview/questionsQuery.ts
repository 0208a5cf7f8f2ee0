import type { RoundQuestions } from '@mockloop/shared';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../api/http';

/** The round's LPs with their questions and probes (its interviewer only); under the loop's key, so a loop refresh refreshes it. */
export function roundQuestionsQuery(loopId: string, roundId: string, token: string) {
  return queryOptions({
    queryKey: ['loop', loopId, 'questions', roundId] as const,
    queryFn: () => apiFetch<RoundQuestions>(`/api/loops/${loopId}/rounds/${roundId}/questions`, { token }),
    staleTime: 5 * 60_000,
  });
}
