import { lpById, type LpId } from '@mockloop/shared';

/** The LPs an interviewer owns in their round, with what to listen for. */
export function AssignedLps({ lps }: { lps: readonly LpId[] }) {
  return (
    <section className="stack stack--tight" aria-labelledby="assigned-lps-title">
      <h2 id="assigned-lps-title">Your Leadership Principles</h2>
      <p className="text-muted">Ask about these and rate each one on your scorecard.</p>
      <ul className="loop-lps">
        {lps.map((id) => {
          const lp = lpById(id);
          return (
            <li key={id} className="card stack stack--tight">
              <h3 className="loop-lps__name">{lp.name}</h3>
              <p>{lp.summary}</p>
              <p>
                <strong>Good evidence: </strong>
                {lp.goodEvidence}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
