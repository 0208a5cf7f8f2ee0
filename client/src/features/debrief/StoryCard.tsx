import type { BoardStory, DebriefBoard } from '@mockloop/shared/debrief/board';
import { STORY_FLAG_LABELS } from '@mockloop/shared/scorecard/draft';
import { DATA_POINT_SLOTS, describeDataPoint, slotLabel } from '@mockloop/shared/scorecard/data-point-values';
import { Marked } from './Marked';
import { SpotlightButton } from './SpotlightButton';
import { lpName, phrasesFor, storyByline } from './labels';

const STAR = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

/** One story as told in one round: STAR text (clashing phrases marked), completeness and we/I. */
export function StoryCard({ board, story, headingLevel = 4 }: { board: DebriefBoard; story: BoardStory; headingLevel?: 3 | 4 }) {
  const phrases = phrasesFor(board, story.id);
  const Heading = `h${headingLevel}` as const;
  const spotlit = board.spotlight?.kind === 'story' && board.spotlight.id === story.id;
  return (
    <article className={`db-story${spotlit ? ' db-story--spotlit' : ''}`} aria-label={`${storyByline(board, story)}: ${story.questionText}`}>
      <header className="db-story__head">
        <Heading className="db-story__byline">{storyByline(board, story)}</Heading>
        <p className="db-story__question">{story.questionText}</p>
        {story.lps.length ? <p className="db-story__lps">{story.lps.map(lpName).join(', ')}</p> : null}
        {story.bankTitle !== null ? <p className="db-story__bank">Told from the bank: “{story.bankTitle}”</p> : null}
      </header>
      <dl className="db-star">
        {STAR.map(([field, label]) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd>{story[field].trim() ? <Marked text={story[field]} phrases={phrases} /> : <em className="text-muted">Not told</em>}</dd>
          </div>
        ))}
      </dl>
      <ConfirmedPoints story={story} />
      <StoryBadges story={story} />
      <SpotlightButton spotlight={{ kind: 'story', id: story.id }} label={`the ${storyByline(board, story)} story`} />
    </article>
  );
}

/** STAR completeness and the interviewer's flags, in words with a symbol; never color alone. */
export function StoryBadges({ story }: { story: BoardStory }) {
  return (
    <ul className="db-badges" aria-label="Story checks">
      {story.missingResult ? (
        <li className="loop-badge loop-badge--danger">⚠ Missing result</li>
      ) : story.noMeasurableResult ? (
        <li className="loop-badge loop-badge--warning">⚠ No measurable result</li>
      ) : (
        <li className="loop-badge loop-badge--success">✓ Measurable result</li>
      )}
      {story.flags.map((flag) => (
        <li key={flag} className="loop-badge loop-badge--warning">
          ⚑ {STORY_FLAG_LABELS[flag]}
        </li>
      ))}
      <li className="loop-badge db-badge--neutral">
        “I” ×{story.iCount} · “we” ×{story.weCount}
      </li>
    </ul>
  );
}

/** What the round's interviewer confirmed while the candidate talked; the debrief compares these exactly. */
function ConfirmedPoints({ story }: { story: BoardStory }) {
  const confirmed = DATA_POINT_SLOTS.flatMap((slot) => {
    const entry = story.dataPoints[slot];
    return entry?.status === 'confirmed' ? [{ slot, words: describeDataPoint(entry.value) }] : [];
  });
  if (!confirmed.length) return <p className="db-points db-points--none text-muted">No data points confirmed.</p>;
  return (
    <dl className="db-points" aria-label="Confirmed data points">
      {confirmed.map(({ slot, words }) => (
        <div key={slot}>
          <dt>{slotLabel(slot)}</dt>
          <dd>✓ {words}</dd>
        </div>
      ))}
    </dl>
  );
}
