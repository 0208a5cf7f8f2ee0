import type { DebriefBoard } from '@mockloop/shared/debrief/board';
import { useEffect, useRef } from 'react';
import { CellView, RowMarkers } from './LpMatrix';
import { ConflictCard } from './ConflictCard';
import { StoryCard } from './StoryCard';
import { lpName, storyByline } from './labels';

/**
 * What the Bar Raiser put on every screen: an LP with every rating and its evidence, or a story
 * with the retellings it conflicts with. Scrolled into view whenever the spotlight moves.
 */
export function SpotlightBanner({ board }: { board: DebriefBoard }) {
  const ref = useRef<HTMLElement>(null);
  const key = board.spotlight ? `${board.spotlight.kind}:${board.spotlight.id}` : null;
  useEffect(() => {
    if (key) ref.current?.scrollIntoView({ block: 'start' });
  }, [key]);

  const spotlight = board.spotlight;
  if (!spotlight) return null;
  let title: string;
  let body;
  if (spotlight.kind === 'lp') {
    const row = board.matrix.find((r) => r.lpId === spotlight.id);
    title = lpName(spotlight.id);
    body = row ? (
      <>
        <RowMarkers row={row} />
        <ul className="db-spotlight__ratings">
          {board.interviewers.map((person) => (
            <li key={person.participantId}>
              <strong>
                Round {person.roundPosition} · {person.name}:
              </strong>{' '}
              <CellView cell={row.cells.find((c) => c.participantId === person.participantId)} />
            </li>
          ))}
        </ul>
      </>
    ) : null;
  } else {
    const story = board.stories.find((s) => s.id === spotlight.id);
    const conflicts = board.conflicts.filter((c) => c.stories.includes(spotlight.id));
    const others = conflicts.flatMap((c) => c.stories).filter((id, i, all) => id !== spotlight.id && all.indexOf(id) === i);
    title = story ? `The ${storyByline(board, story)} story` : 'A story';
    body = story ? (
      <>
        {conflicts.length ? (
          <ul className="db-conflicts">
            {conflicts.map((conflict, i) => (
              <ConflictCard key={i} board={board} conflict={conflict} />
            ))}
          </ul>
        ) : null}
        <div className="db-story-grid db-story-grid--side-by-side">
          <StoryCard board={board} story={story} headingLevel={3} />
          {others.map((id) => {
            const other = board.stories.find((s) => s.id === id);
            return other ? <StoryCard key={id} board={board} story={other} headingLevel={3} /> : null;
          })}
        </div>
      </>
    ) : null;
  }
  return (
    <section ref={ref} className="db-spotlight stack" aria-labelledby="db-spotlight-title" data-testid="spotlight">
      <p className="db-spotlight__eyebrow">★ In the spotlight</p>
      <h2 id="db-spotlight-title" aria-live="polite">
        {title}
      </h2>
      {body}
    </section>
  );
}
