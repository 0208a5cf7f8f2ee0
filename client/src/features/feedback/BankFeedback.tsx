import type { FeedbackBank } from '@mockloop/shared/debrief/feedback';
import { bankToldLine } from '@mockloop/shared/debrief/markdown';

/** The loop read against the candidate's story bank (the candidate's page only). */
export function BankFeedback({ bank }: { bank: FeedbackBank }) {
  return (
    <section className="fb-section stack" aria-labelledby="fb-bank-title">
      <h2 id="fb-bank-title">Your story bank in this loop</h2>
      <div className="fb-card stack stack--tight">
        <h3>Told</h3>
        {bank.told.length ? (
          <ul>
            {bank.told.map((t, i) => (
              <li key={i}>{bankToldLine(t)}</li>
            ))}
          </ul>
        ) : (
          <p>No interviewer marked a story as told from your bank.</p>
        )}
      </div>
      {bank.neverTold.length ? (
        <div className="fb-card stack stack--tight">
          <h3>Never told</h3>
          <p>{bank.neverTold.map((t) => `“${t}”`).join(', ')}</p>
        </div>
      ) : null}
      {bank.lpsWithoutGoodStory.length ? (
        <div className="fb-card stack stack--tight">
          <h3>Leadership Principles without a good story</h3>
          <p>{bank.lpsWithoutGoodStory.map((lp) => lp.name).join(' · ')}</p>
        </div>
      ) : null}
      {bank.plan.length ? (
        <div className="fb-card stack stack--tight">
          <h3>Your practice plan</h3>
          <ol>
            {bank.plan.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
