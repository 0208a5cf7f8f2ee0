import type { FeedbackWriting } from '@mockloop/shared/writing/debrief';
import { OUTCOME_LABELS } from '@mockloop/shared/debrief/markdown';
import { describeLength, readLength } from '@mockloop/shared/writing/length';
import { RUBRIC_LABELS } from '@mockloop/shared/writing/prompts';
import { AnchoredText, numbered } from './AnchoredText';
import { CommentList } from './CommentList';
import './writing.css';

/** The writing exercise in the candidate's feedback: rubric, the comments on their own text, and what to practise. */
export function FeedbackWritingView({ writing }: { writing: FeedbackWriting }) {
  const comments = numbered(writing.comments);
  return (
    <section className="fb-section stack" aria-labelledby="fb-writing-title" data-testid="feedback-writing">
      <h2 id="fb-writing-title">Writing exercise: {writing.promptTitle}</h2>
      <p className="text-muted">
        {describeLength(readLength(writing.text, writing.lengthLimit), writing.lengthLimit)}
        {writing.lockedByDeadline ? ', locked at the deadline' : ''}.
      </p>
      <table className="loop-table wr-rubric-table">
        <caption className="visually-hidden">The rubric across your reviewers</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {writing.rubric.map((r) => (
            <tr key={r.criterion}>
              <th scope="row">{RUBRIC_LABELS[r.criterion]}</th>
              <td data-label="Result">{OUTCOME_LABELS[r.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {writing.summaries.map((s, i) => (
        <p key={i}>
          {s.reviewer ? <strong>{s.reviewer}: </strong> : null}
          {s.text}
        </p>
      ))}
      <h3>Comments on your text</h3>
      <AnchoredText text={writing.text} comments={comments} label="Your text with the reviewers' comments" />
      <CommentList comments={comments} />
      {writing.practice.length ? (
        <>
          <h3>What to practise in writing</h3>
          <ul>
            {writing.practice.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
