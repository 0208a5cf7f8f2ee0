import { LP_IDS, lpName } from '@mockloop/shared/lp/names';
import { VOTE_LABELS, VOTES } from '@mockloop/shared/scale-values';
import { makeAnchor } from '@mockloop/shared/writing/anchors';
import type { WritingExercise, WritingReviewDraft } from '@mockloop/shared/writing/contract';
import { RUBRIC_CRITERIA, RUBRIC_HINTS, RUBRIC_LABELS, RUBRIC_RATINGS, type RubricRating } from '@mockloop/shared/writing/prompts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isApiError } from '../../api/http';
import { writingApi } from '../../api/writing';
import { AnchoredText, numbered, selectionIn } from './AnchoredText';
import { CommentList } from './CommentList';
import { ConfirmDialog } from './ConfirmDialog';
import { reviewsQuery, writingKey } from './queries';

const RATING_LABELS: Record<RubricRating, string> = { 'raises-the-bar': 'Raises the Bar', meets: 'Meets', below: 'Below' };
const EMPTY: WritingReviewDraft = { ratings: {}, lpsShown: [], vote: null, summary: '', practice: '', comments: [] };

/** A reviewer's page: the final text, comments on selected passages, the rubric and a vote. */
export function ReviewWriting({ exercise, loopId, token }: { exercise: WritingExercise; loopId: string; token: string }) {
  const reviews = useQuery(reviewsQuery(loopId, token));
  if (exercise.text === null) {
    return <p className="loop-notice" role="status">The candidate has not handed the text in yet. You can review it once it is submitted or its deadline passes.</p>;
  }
  if (!reviews.data) return <p role="status">{reviews.error ? (reviews.error as Error).message : 'Loading your review…'}</p>;
  return <ReviewForm key={reviews.data.own?.id ?? 'new'} text={exercise.text} initial={reviews.data.own?.draft ?? EMPTY} submitted={reviews.data.own?.status === 'submitted'} loopId={loopId} token={token} />;
}

function ReviewForm({ text, initial, submitted, loopId, token }: { text: string; initial: WritingReviewDraft; submitted: boolean; loopId: string; token: string }) {
  const [draft, setDraft] = useState(initial);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const change = (next: Partial<WritingReviewDraft>) => setDraft((d) => ({ ...d, ...next }));

  const send = async (body: WritingReviewDraft, submit: boolean) => {
    setBusy(true);
    try {
      const saved = await (submit ? writingApi.submitReview : writingApi.saveReview)(loopId, token, body);
      queryClient.setQueryData(reviewsQuery(loopId, token).queryKey, saved);
      if (submit) void queryClient.invalidateQueries({ queryKey: writingKey(loopId) });
      setMessage({ tone: 'ok', text: submit ? 'Review submitted.' : 'Draft saved.' });
      return true;
    } catch (error) {
      setMessage({ tone: 'error', text: isApiError(error) ? error.message : 'Could not reach the server; your review is still on this page.' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <Comments text={text} draft={draft} readOnly={submitted} onChange={(comments) => {
        const next = { ...draft, comments };
        setDraft(next);
        void send(next, false);
      }} />
      <fieldset className="card stack" disabled={submitted}>
        <legend>Rubric</legend>
        {RUBRIC_CRITERIA.map((criterion) => (
          <div key={criterion} role="radiogroup" aria-labelledby={`rb-${criterion}`} className="wr-rubric-row">
            <p id={`rb-${criterion}`} className="wr-rubric-row__label">
              <strong>{RUBRIC_LABELS[criterion]}</strong> <span className="text-muted">{RUBRIC_HINTS[criterion]}</span>
            </p>
            <div className="wr-choices">
              {RUBRIC_RATINGS.map((rating) => (
                <label key={rating} className="wr-choice">
                  <input type="radio" name={`rb-${criterion}`} checked={draft.ratings[criterion] === rating} onChange={() => change({ ratings: { ...draft.ratings, [criterion]: rating } })} />
                  {RATING_LABELS[rating]}
                </label>
              ))}
            </div>
          </div>
        ))}
        <details>
          <summary>Leadership Principles the text shows ({draft.lpsShown.length})</summary>
          <div className="wr-lps">
            {LP_IDS.map((lpId) => (
              <label key={lpId} className="wr-choice">
                <input type="checkbox" checked={draft.lpsShown.includes(lpId)} onChange={(e) => change({ lpsShown: e.target.checked ? [...draft.lpsShown, lpId] : draft.lpsShown.filter((id) => id !== lpId) })} />
                {lpName(lpId)}
              </label>
            ))}
          </div>
        </details>
      </fieldset>
      <fieldset className="card stack" disabled={submitted}>
        <legend>Vote and summary</legend>
        <div role="radiogroup" aria-label="Vote" className="wr-choices">
          {VOTES.map((vote) => (
            <label key={vote} className="wr-choice">
              <input type="radio" name="writing-vote" checked={draft.vote === vote} onChange={() => change({ vote })} />
              {VOTE_LABELS[vote]}
            </label>
          ))}
        </div>
        <label className="stack stack--tight">
          <span>Summary for the panel and the candidate</span>
          <textarea rows={4} maxLength={10_000} value={draft.summary} onChange={(e) => change({ summary: e.target.value })} />
        </label>
        <label className="stack stack--tight">
          <span>What the candidate should practise</span>
          <textarea rows={2} maxLength={500} value={draft.practice} onChange={(e) => change({ practice: e.target.value })} />
        </label>
      </fieldset>
      {submitted ? (
        <p className="loop-notice" role="status" data-testid="review-submitted">Your review is submitted. The others’ reviews appear in the debrief.</p>
      ) : (
        <p className="loop-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void send(draft, false)}>Save draft</button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => setAsking(true)}>Submit review</button>
        </p>
      )}
      {message ? <p className={message.tone === 'error' ? 'loop-inline-error' : 'text-muted'} role={message.tone === 'error' ? 'alert' : 'status'}>{message.text}</p> : null}
      <ConfirmDialog open={asking} title="Submit your review?" confirmLabel="Submit review" busy={busy} onCancel={() => setAsking(false)} onConfirm={async () => {
        if (await send(draft, true)) setAsking(false);
        else setAsking(false);
      }}>
        <p>A submitted review is locked. You read the other reviewers’ reviews in the debrief.</p>
      </ConfirmDialog>
    </div>
  );
}

/** The text with its comments; select a passage (or type it) to comment on it. */
function Comments({ text, draft, readOnly, onChange }: { text: string; draft: WritingReviewDraft; readOnly: boolean; onChange: (comments: WritingReviewDraft['comments']) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState('');
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = numbered(draft.comments);

  const takeSelection = () => {
    const picked = container.current ? selectionIn(container.current) : null;
    if (!picked) return;
    setRange(picked);
    setPassage(text.slice(picked.from, picked.to));
  };
  const add = () => {
    // A typed passage is found in the text; a selected one keeps its exact place.
    const from = range && text.slice(range.from, range.to) === passage ? range.from : text.indexOf(passage);
    const anchor = passage && from >= 0 ? makeAnchor(text, from, from + passage.length) : null;
    if (!anchor) return setProblem('Select a passage of the text (or type one exactly as written) to comment on.');
    if (!body.trim()) return setProblem('Write the comment first.');
    onChange([...draft.comments, { id: crypto.randomUUID(), anchor, body: body.trim() }]);
    setPassage('');
    setBody('');
    setRange(null);
    setProblem(null);
  };

  return (
    <section className="card stack" aria-labelledby="wr-review-text">
      <h2 id="wr-review-text">The candidate’s text</h2>
      <div onMouseUp={takeSelection} onKeyUp={takeSelection}>
        <AnchoredText ref={container} text={text} comments={shown} label="The submitted text" />
      </div>
      {readOnly ? null : (
        <div className="stack stack--tight wr-comment-form">
          <label className="stack stack--tight">
            <span>Passage (select it in the text above, or type it)</span>
            <input value={passage} onChange={(e) => (setPassage(e.target.value), setRange(null))} maxLength={2000} />
          </label>
          <label className="stack stack--tight">
            <span>Comment</span>
            <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} maxLength={1000} />
          </label>
          <p>
            <button type="button" className="button" onClick={add}>Add comment</button>
          </p>
          {problem ? <p className="loop-inline-error" role="alert">{problem}</p> : null}
        </div>
      )}
      <CommentList comments={shown} onRemove={readOnly ? null : (id) => onChange(draft.comments.filter((c) => c.id !== id))} />
    </section>
  );
}
