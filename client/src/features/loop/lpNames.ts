import { lpName, type LpId } from '@mockloop/shared/lp/names';

// Apart from format.ts so the candidate's screens, which never name an LP, do not download the
// LP catalogue.
export function lpNamesOf(ids: readonly LpId[]): string[] {
  return ids.map(lpName);
}
