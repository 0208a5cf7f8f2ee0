import type { CandidateFeedback, FeedbackLp } from '@mockloop/shared/debrief/feedback';
import { CONFLICT_KIND_LABELS } from '@mockloop/shared/debrief/labels';
import { OUTCOME_LABELS } from '@mockloop/shared/debrief/markdown';
import { LP_RATING_LABELS } from '@mockloop/shared/scales';
import { LpChart, OUTCOME_TONES } from './LpChart';
import { downloadMarkdown } from './download';
import { FeedbackWritingView } from '../writing/FeedbackWritingView';
import { BankFeedback } from './BankFeedback';

/** The published feedback, readable on a phone, printable, and exportable as Markdown. */
export function FeedbackView({ feedback }: { feedback: CandidateFeedback }) {
  const hire = feedback.decision === 'hire';
  const published = new Date(feedback.publishedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <article className="fb stack stack--loose" aria-labelledby="fb-title">
      <title>{`Feedback for ${feedback.candidateName} — MockLoop`}</title>
      <header className="fb-section stack">
        <p className="loop-eyebrow">Mock loop feedback</p>
        <h1 id="fb-title">Feedback for {feedback.candidateName}</h1>
        <p className="text-muted">Published {published}.</p>
        <div className={`fb-decision fb-decision--${feedback.decision}`}>
          <p className="fb-decision__label">Bar Raiser’s decision</p>
          <p className="fb-decision__value">{hire ? '✓ Hire' : '✗ No Hire'}</p>
        </div>
        <p className="fb-actions no-print">
          <button type="button" className="button button--primary" onClick={() => downloadMarkdown(feedback)}>
            Download Markdown
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            Print / save as PDF
          </button>
        </p>
        <section className="stack" aria-labelledby="fb-results-title">
          <h2 id="fb-results-title">Results by Leadership Principle</h2>
          <LpChart lps={feedback.lps} />
        </section>
      </header>

      <section className="fb-section stack" aria-labelledby="fb-lps-title">
        <h2 id="fb-lps-title">Each Leadership Principle</h2>
        {feedback.lps.map((lp) => (
          <LpFeedback key={lp.lpId} lp={lp} />
        ))}
      </section>

      {feedback.strengths.length || feedback.growthAreas.length ? (
        <section className="fb-section fb-two" aria-labelledby="fb-strengths-title">
          <h2 id="fb-strengths-title" className="visually-hidden">
            Strengths and growth areas
          </h2>
          <List title="Strengths" items={feedback.strengths} />
          <List title="Growth areas" items={feedback.growthAreas} />
        </section>
      ) : null}

      {feedback.writing ? <FeedbackWritingView writing={feedback.writing} /> : null}

      {feedback.consistency.length ? (
        <section className="fb-section stack" aria-labelledby="fb-consistency-title">
          <h2 id="fb-consistency-title">Story consistency</h2>
          <p className="text-muted">You told some stories more than once. Interviewers compare notes, so the facts must match each time.</p>
          {feedback.consistency.map((finding, index) => (
            <div key={index} className="fb-card stack stack--tight">
              <h3>⚠ {CONFLICT_KIND_LABELS[finding.kind]}</h3>
              <p>{finding.explanation}</p>
              <ul className="fb-retellings">
                {finding.retellings.map((r, i) => (
                  <li key={i}>
                    <span className="fb-retellings__round">{r.round}:</span>{' '}
                    <q>
                      <mark className="fb-mark">{r.phrase}</mark>
                    </q>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      {feedback.bank ? <BankFeedback bank={feedback.bank} /> : null}

      {feedback.practice.length ? (
        <section className="fb-section stack" aria-labelledby="fb-practice-title">
          <h2 id="fb-practice-title">What to practise next</h2>
          <p className="text-muted">Questions for the Leadership Principles that need the most work, with the follow-ups interviewers ask.</p>
          {feedback.practice.map((p) => (
            <div key={p.lpId} className="fb-card stack stack--tight">
              <h3>{p.name}</h3>
              <ol className="fb-questions">
                {p.questions.map((q, i) => (
                  <li key={i}>
                    {q.text}
                    {q.probes.length ? (
                      <ul className="fb-probes" aria-label="Follow-up questions">
                        {q.probes.map((probe, j) => (
                          <li key={j}>{probe}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}

function LpFeedback({ lp }: { lp: FeedbackLp }) {
  return (
    <div className="fb-card stack stack--tight">
      <h3 className="fb-lp__title">
        {lp.name} <span className={`loop-badge loop-badge--${OUTCOME_TONES[lp.outcome]}`}>{OUTCOME_LABELS[lp.outcome]}</span>
      </h3>
      <p>{lp.summary}</p>
      {lp.evidence.length ? (
        <ul className="fb-evidence">
          {lp.evidence.map((e, i) => (
            <li key={i}>
              <span className="fb-evidence__who">
                {e.round}
                {e.interviewer ? ` (${e.interviewer})` : ''} · {LP_RATING_LABELS[e.rating]}
              </span>
              <span>{e.text || '—'}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div className="fb-card stack stack--tight">
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
