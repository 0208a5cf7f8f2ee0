import type { LpId } from '@mockloop/shared';
import { lpNamesOf } from './lpNames';

/** A warning, not an error: a loop may run with gaps, but the organizer should know. */
export function UncoveredLps({ lps }: { lps: readonly LpId[] }) {
  return (
    <section className="loop-notice loop-notice--warning stack stack--tight" aria-labelledby="uncovered-title">
      <h2 id="uncovered-title" className="loop-notice__title">
        {lps.length === 1 ? '1 focus LP is not covered' : `${lps.length} focus LPs are not covered`}
      </h2>
      <p>No round is assigned {lps.length === 1 ? 'this Leadership Principle' : 'these Leadership Principles'}:</p>
      <ul className="loop-lp-chips">
        {lpNamesOf(lps).map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}
