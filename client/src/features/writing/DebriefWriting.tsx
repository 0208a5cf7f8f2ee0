import type { DebriefBoard } from '@mockloop/shared/debrief/board';
import { lpName } from '@mockloop/shared/lp/names';
import { VOTE_LABELS } from '@mockloop/shared/scale-values';
import { describeLength, readLength } from '@mockloop/shared/writing/length';
import { PROMPT_KIND_LABELS, RUBRIC_CRITERIA, RUBRIC_LABELS } from '@mockloop/shared/writing/prompts';
import { AnchoredText, numbered } from './AnchoredText';
import { CommentList } from './CommentList';
import './writing.css';

const RATING = { 'raises-the-bar': '▲ Raises the Bar', meets: '● Meets', below: '▼ Below' } as const;

/**
 * The writing exercise at the debrief table: the text with every reviewer's comments on it,
 * and the rubric and vote of each submitted review, one column per reviewer.
 */
export function DebriefWriting({ board, viewerId }: { board: DebriefBoard; viewerId: string }) {
  const writing = board.writing;
  if (!writing) return null;
  const reviews = writing.reviews;
  const comments = numbered(reviews.flatMap((r) => r.draft.comments.map((c) => ({ ...c, reviewer: r.reviewerName }))));
  const waitingForMine = writing.reviewerIds.includes(viewerId) && !reviews.some((r) => r.reviewerId === viewerId);
  return (
    <section className="card stack" aria-labelledby="db-writing-title" data-testid="debrief-writing">
      <h2 id="db-writing-title">Writing exercise: {writing.promptTitle}</h2>
      <p className="text-muted">
        {PROMPT_KIND_LABELS[writing.promptKind]} · {describeLength(readLength(writing.text, writing.lengthLimit), writing.lengthLimit)} · {writing.status === 'locked' ? 'locked at the deadline' : 'submitted'}
        {writing.storyId ? ' · read as a story in the consistency check below' : ''}
      </p>
      {waitingForMine ? <p className="loop-notice loop-notice--warning">Submit your own review of the writing to see the others’.</p> : null}
      {reviews.length ? (
        <table className="loop-table wr-rubric-table">
          <caption className="visually-hidden">Each reviewer's rubric and vote</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {reviews.map((r) => <th key={r.id} scope="col">{r.reviewerName}</th>)}
            </tr>
          </thead>
          <tbody>
            {RUBRIC_CRITERIA.map((criterion) => (
              <tr key={criterion}>
                <th scope="row">{RUBRIC_LABELS[criterion]}</th>
                {reviews.map((r) => {
                  const rating = r.draft.ratings[criterion];
                  return <td key={r.id} data-label={r.reviewerName}>{rating ? RATING[rating] : '—'}</td>;
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Leadership Principles shown</th>
              {reviews.map((r) => <td key={r.id} data-label={r.reviewerName}>{r.draft.lpsShown.map(lpName).join(', ') || '—'}</td>)}
            </tr>
            <tr>
              <th scope="row">Vote</th>
              {reviews.map((r) => <td key={r.id} data-label={r.reviewerName}><strong>{r.draft.vote ? VOTE_LABELS[r.draft.vote] : '—'}</strong></td>)}
            </tr>
            <tr>
              <th scope="row">Summary</th>
              {reviews.map((r) => <td key={r.id} data-label={r.reviewerName}>{r.draft.summary || '—'}</td>)}
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="text-muted">No review submitted yet.</p>
      )}
      <details open>
        <summary>The text with {comments.length} {comments.length === 1 ? 'comment' : 'comments'}</summary>
        <AnchoredText text={writing.text} comments={comments} label="The candidate's text" />
        <CommentList comments={comments} />
      </details>
    </section>
  );
}
