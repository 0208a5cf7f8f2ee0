import type { BoardInterviewer, DebriefBoard } from '@mockloop/shared/debrief/board';
import { inCatalogueOrder, type LpId } from '@mockloop/shared/lp/names';
import type { Scorecard } from '@mockloop/shared/scorecard/draft';
import { LP_RATING_LABELS, VOTE_LABELS } from '@mockloop/shared/scales';
import { debriefApi } from '../../api/debrief';
import { StoryBadges } from './StoryCard';
import { RATING_ICONS, lpName } from './labels';
import { useDebriefSession } from './session';
import { commandError, useBoardCommand } from './useBoardCommand';

/** Every scorecard, readable in full, with "Mark as read" and who has read what. */
export function ReadingSection({ board }: { board: DebriefBoard }) {
  const readers = board.interviewers.filter((p) => p.submitted);
  return (
    <section className="card stack" aria-labelledby="db-read-title">
      <h2 id="db-read-title">Scorecards</h2>
      <ReadGrid board={board} readers={readers} />
      <div className="stack">
        {board.interviewers.map((person) => {
          const card = board.scorecards.find((c) => c.interviewerId === person.participantId);
          return card ? (
            <ScorecardView key={person.participantId} board={board} author={person} card={card} />
          ) : (
            <p key={person.participantId} className="loop-notice loop-notice--warning">
              <strong>⚠ Scorecard missing:</strong> {person.name} (round {person.roundPosition}) had not submitted when the debrief opened.
            </p>
          );
        })}
      </div>
    </section>
  );
}

function ReadGrid({ board, readers }: { board: DebriefBoard; readers: BoardInterviewer[] }) {
  const authors = board.interviewers.filter((p) => board.scorecards.some((c) => c.interviewerId === p.participantId));
  const cardOf = (p: BoardInterviewer) => board.scorecards.find((c) => c.interviewerId === p.participantId)!;
  return (
    // A real grid at every width (5 x 5 fits a phone with symbols); scrolls sideways if names are long.
    <div className="db-scroll" role="region" aria-labelledby="db-read-grid-caption" tabIndex={0}>
    <table className="db-read-grid" data-testid="read-grid">
      <caption id="db-read-grid-caption">Who has read which scorecard</caption>
      <thead>
        <tr>
          <th scope="col">Reader</th>
          {authors.map((author) => (
            <th key={author.participantId} scope="col">
              {author.name}
              <span className="db-read-grid__round">R{author.roundPosition}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {readers.map((reader) => (
          <tr key={reader.participantId}>
            <th scope="row">{reader.name}</th>
            {authors.map((author) => {
              const label = `${author.name}’s scorecard`;
              if (author.participantId === reader.participantId) {
                return (
                  <td key={author.participantId} className="text-muted">
                    <span aria-hidden="true">·</span>
                    <span className="db-read-grid__word">Own</span>
                  </td>
                );
              }
              const read = reader.readScorecardIds.includes(cardOf(author).id);
              return (
                <td key={author.participantId} className={read ? 'db-read db-read--yes' : 'db-read'} data-read={read} title={`${reader.name}: ${label} ${read ? 'read' : 'not read yet'}`}>
                  <span aria-hidden="true">{read ? '✓' : '–'}</span>
                  <span className="db-read-grid__word">{read ? 'Read' : 'Not yet'}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

function ScorecardView({ board, author, card }: { board: DebriefBoard; author: BoardInterviewer; card: Scorecard }) {
  const { viewerId } = useDebriefSession();
  const me = board.interviewers.find((p) => p.participantId === viewerId);
  const own = author.participantId === viewerId;
  const readByMe = !!me?.readScorecardIds.includes(card.id);
  const readers = board.interviewers.filter((p) => p.readScorecardIds.includes(card.id)).length;
  const stories = board.stories.filter((s) => s.participantId === author.participantId);
  const { draft } = card;
  return (
    <details className="db-scorecard" open={board.phase === 'read'}>
      <summary className="db-scorecard__summary">
        <span className="db-scorecard__title">
          Round {author.roundPosition}: {author.roundTitle} · {author.name}
        </span>
        <span className="db-scorecard__meta">
          {draft.vote ? VOTE_LABELS[draft.vote] : 'No vote'} · {own ? 'your scorecard' : readByMe ? '✓ read by you' : 'not read by you yet'} · read by {readers}
        </span>
      </summary>
      <div className="db-scorecard__body stack">
        {own ? null : <MarkRead scorecardId={card.id} done={readByMe} name={author.name} />}
        <dl className="db-ratings">
          {inCatalogueOrder([...card.assignedLps, ...(Object.keys(draft.ratings) as LpId[])]).map((lpId) => {
            const entry = draft.ratings[lpId];
            const rating = entry?.rating ?? null;
            return (
              <div key={lpId}>
                <dt>{lpName(lpId)}</dt>
                <dd>
                  <strong>
                    {rating ? (
                      <>
                        <span aria-hidden="true">{RATING_ICONS[rating]}</span> {LP_RATING_LABELS[rating]}
                      </>
                    ) : (
                      '⚠ Not rated'
                    )}
                  </strong>
                  {entry?.evidence ? <span className="db-cell__evidence">{entry.evidence}</span> : null}
                  {rating === 'not-assessed' && entry?.notAssessedReason ? <span className="db-cell__evidence">Reason: {entry.notAssessedReason}</span> : null}
                </dd>
              </div>
            );
          })}
        </dl>
        <Prose title="Strengths" text={draft.strengths} />
        <Prose title="Concerns" text={draft.concerns} />
        <Prose title="Summary" text={draft.summary} />
        {stories.length ? (
          <div className="stack stack--tight">
            <h4>Stories</h4>
            {stories.map((story) => (
              <div key={story.id} className="db-mini-story">
                <p>
                  <strong>{story.questionText}</strong>
                </p>
                <p>
                  <abbr title="Situation">S</abbr>: {story.situation || '—'} <abbr title="Task">T</abbr>: {story.task || '—'} <abbr title="Action">A</abbr>:{' '}
                  {story.action || '—'} <abbr title="Result">R</abbr>: {story.result || '—'}
                </p>
                <StoryBadges story={story} />
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </details>
  );
}

function Prose({ title, text }: { title: string; text: string }) {
  return (
    <div className="stack stack--tight">
      <h4>{title}</h4>
      <p className={text.trim() ? 'db-prose' : 'text-muted'}>{text.trim() || 'Nothing written.'}</p>
    </div>
  );
}

function MarkRead({ scorecardId, done, name }: { scorecardId: string; done: boolean; name: string }) {
  const command = useBoardCommand((l, t, id: string) => debriefApi.markRead(l, t, id));
  const error = commandError(command.error);
  if (done) return <p className="db-read db-read--yes">✓ You have read {name}’s scorecard.</p>;
  return (
    <p className="no-print">
      <button type="button" className="button loop-button--small" disabled={command.isPending} onClick={() => command.mutate(scorecardId)}>
        Mark as read<span className="visually-hidden"> ({name}’s scorecard)</span>
      </button>
      {error ? <span className="loop-inline-error" role="alert"> {error}</span> : null}
    </p>
  );
}
