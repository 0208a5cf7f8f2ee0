import { CONFLICT_KIND_LABELS } from '@mockloop/shared/debrief/labels';
import type { BoardConflict, BoardStory, DebriefBoard } from '@mockloop/shared/debrief/board';
import { StoryCard } from './StoryCard';
import { WeVersusI } from './WeVersusI';
import { storyByline, storyTitle } from './labels';

/**
 * Every story across rounds, grouped by the consistency checker: retellings of one experience
 * side by side with their clashing phrases marked, how often each was told, and the rest below.
 */
export function StoryBoard({ board }: { board: DebriefBoard }) {
  const grouped = new Set(board.storyGroups.flat());
  const byId = new Map(board.stories.map((s) => [s.id, s]));
  const groups = board.storyGroups.map((ids) => ids.map((id) => byId.get(id)).filter((s): s is BoardStory => !!s)).filter((g) => g.length);
  const single = board.stories.filter((s) => !grouped.has(s.id));
  return (
    <section className="card stack" aria-labelledby="db-stories-title">
      <h2 id="db-stories-title">Stories and consistency</h2>
      <p className="text-muted">
        {board.stories.length} {board.stories.length === 1 ? 'story' : 'stories'} across the rounds;{' '}
        {groups.length === 0 ? 'none was told twice.' : `${groups.length} told more than once.`}{' '}
        {board.conflicts.length ? `${board.conflicts.length} ${board.conflicts.length === 1 ? 'conflict' : 'conflicts'} between retellings.` : 'No conflicts found.'}
      </p>
      <WeVersusI we={board.weTotal} i={board.iTotal} />
      {groups.map((stories, index) => (
        <StoryGroup key={stories[0]!.id} board={board} stories={stories} index={index} />
      ))}
      {single.length ? (
        <div className="stack stack--tight">
          <h3>Told once</h3>
          <div className="db-story-grid">
            {single.map((story) => (
              <StoryCard key={story.id} board={board} story={story} />
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}

function StoryGroup({ board, stories, index }: { board: DebriefBoard; stories: BoardStory[]; index: number }) {
  const ids = new Set(stories.map((s) => s.id));
  const conflicts = board.conflicts.filter((c) => ids.has(c.stories[0]) || ids.has(c.stories[1]));
  const headingId = `db-group-${index}`;
  return (
    <section className="db-group stack stack--tight" aria-labelledby={headingId}>
      <h3 id={headingId}>
        “{storyTitle(stories[0]!)}” <span className="db-group__count">told {stories.length} times</span>
      </h3>
      <p className="text-muted">Rounds {stories.map((s) => s.roundPosition).join(', ')}.</p>
      {conflicts.length ? (
        <ul className="db-conflicts" aria-label="Conflicts between these retellings">
          {conflicts.map((conflict, i) => (
            <ConflictLine key={i} board={board} conflict={conflict} />
          ))}
        </ul>
      ) : (
        <p>✓ The retellings agree.</p>
      )}
      <div className="db-story-grid db-story-grid--side-by-side">
        {stories.map((story) => (
          <StoryCard key={story.id} board={board} story={story} />
        ))}
      </div>
    </section>
  );
}

/** "⚠ Different team size: “8 engineers” (Round 1 · Ana) vs “20-engineer” (Round 3 · Cleo)". */
export function ConflictLine({ board, conflict }: { board: DebriefBoard; conflict: BoardConflict }) {
  const [a, b] = conflict.stories.map((id) => board.stories.find((s) => s.id === id));
  return (
    <li className="db-conflict">
      <strong>⚠ {CONFLICT_KIND_LABELS[conflict.kind]}:</strong> <q>{conflict.phrases[0]}</q>
      {a ? ` (${storyByline(board, a)})` : ''} vs <q>{conflict.phrases[1]}</q>
      {b ? ` (${storyByline(board, b)})` : ''}.
      {/* The checker's detail often only repeats the two phrases; show it when it adds something. */}
      {conflict.phrases.every((p) => conflict.detail.includes(p)) ? null : <span className="text-muted"> {conflict.detail}</span>}
    </li>
  );
}
