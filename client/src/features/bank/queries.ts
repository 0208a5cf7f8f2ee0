import { queryOptions } from '@tanstack/react-query';
import { bankApi } from '../../api/bank';
import { loopKey } from '../loop/queries';

/** The loop's bank titles; under the loop's key, so `loop:changed` (what: 'bank') refetches them. */
export function loopBankQuery(loopId: string, token: string) {
  return queryOptions({ queryKey: [...loopKey(loopId), 'bank'] as const, queryFn: () => bankApi.loop(loopId, token) });
}

export function ownBankQuery(ownerToken: string) {
  return queryOptions({ queryKey: ['bank', ownerToken] as const, queryFn: () => bankApi.read(ownerToken), staleTime: Infinity });
}
