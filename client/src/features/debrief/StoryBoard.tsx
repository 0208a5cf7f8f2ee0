import { CONFLICT_KIND_LABELS } from '@mockloop/shared/debrief/labels';
import { toldInRounds } from '@mockloop/shared/scorecard/data-point-values';
import { ConflictCard } from './ConflictCard';
import type { BoardConflict, BoardStory, DebriefBoard } from '@mockloop/shared/debrief/board';
import { StoryCard } from './StoryCard';
import { WeVersusI } from './WeVersusI';
import { storyTitle } from './labels';

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
        {standing(board)}
      </p>
      <WeVersusI we={board.weTotal} i={board.iTotal} />
      {groups.map((stories, index) => (
        <StoryGroup key={stories[0]!.id} board={board} stories={stories} index={index} confirmed={board.groups[index]?.confirmedKinds ?? []} setAside={board.groups[index]?.setAsideKinds ?? []} />
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

function standing(board: DebriefBoard): string {
  const open = board.conflicts.filter((c) => !c.dismissal).length;
  const dismissed = board.conflicts.length - open;
  if (board.conflicts.length === 0) return 'No conflicts found.';
  return `${open} ${open === 1 ? 'conflict' : 'conflicts'} between retellings${dismissed ? `, ${dismissed} dismissed as not a conflict` : ''}.`;
}

const kindWords = (kinds: BoardConflict['kind'][]) => kinds.map((k) => CONFLICT_KIND_LABELS[k].replace(/^Different /, '')).join(', ');

function StoryGroup({ board, stories, index, confirmed, setAside }: { board: DebriefBoard; stories: BoardStory[]; index: number; confirmed: BoardConflict['kind'][]; setAside: BoardConflict['kind'][] }) {
  const ids = new Set(stories.map((s) => s.id));
  const conflicts = board.conflicts.filter((c) => ids.has(c.stories[0]) || ids.has(c.stories[1]));
  const headingId = `db-group-${index}`;
  return (
    <section className="db-group stack stack--tight" aria-labelledby={headingId}>
      <h3 id={headingId}>
        “{storyTitle(stories[0]!)}” <span className="db-group__count">{toldInRounds(stories.map((s) => s.roundPosition))}</span>
      </h3>
      <p className="text-muted">
        A story told more than once is worth raising with the candidate.{' '}
        {confirmed.length
          ? `Compared on data points both interviewers confirmed: ${kindWords(confirmed)}; the rest read from the notes.`
          : 'Compared on what the checker read from the notes; no data point was confirmed by both interviewers.'}
        {setAside.length ? ` Not held against the candidate: ${kindWords(setAside)} as read from the notes, which an interviewer dismissed.` : ''}
      </p>
      {conflicts.length ? (
        <ul className="db-conflicts" aria-label="Conflicts between these retellings">
          {conflicts.map((conflict, i) => (
            <ConflictCard key={i} board={board} conflict={conflict} />
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
