import { queryOptions } from '@tanstack/react-query';
import { bankApi } from '../../api/bank';

/** The bank as its owner reads it; edits are applied locally, so it is read once per page. */
export function ownBankQuery(ownerToken: string) {
  return queryOptions({ queryKey: ['bank', ownerToken] as const, queryFn: () => bankApi.read(ownerToken), staleTime: Infinity });
}
