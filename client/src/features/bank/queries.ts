import type { LoopBank } from '@mockloop/shared/bank/contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../api/http';
import { loopKey } from '../loop/queries';

/**
 * The loop's bank titles; under the loop's key, so `loop:changed` (what: 'bank') refetches
 * them. A plain fetch, not `bankApi`, so the interviewer's room does not carry the bank page's calls.
 */
export function loopBankQuery(loopId: string, token: string) {
  return queryOptions({ queryKey: [...loopKey(loopId), 'bank'] as const, queryFn: () => apiFetch<LoopBank>(`/api/loops/${loopId}/bank`, { token }) });
}
