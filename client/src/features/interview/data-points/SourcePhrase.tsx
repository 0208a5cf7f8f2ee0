import type { DataPointSuggestion } from '@mockloop/shared/scorecard/data-points';
import type { StoryCard } from '@mockloop/shared/scorecard/draft';

const CONTEXT = 40;
const FIELD_NAMES = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;

/** The phrase a suggestion came from, marked inside a little of the text around it. */
export function SourcePhrase({ story, suggestion }: { story: StoryCard; suggestion: DataPointSuggestion }) {
  const text = story[suggestion.field];
  const { start, end } = suggestion;
  // The notes may have changed since the server read them: then show the phrase alone.
  if (text.slice(start, end) !== suggestion.phrase) return <q className="iv-dp__source">{suggestion.phrase}</q>;
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  return (
    <span className="iv-dp__source">
      <span className="iv-dp__field">{FIELD_NAMES[suggestion.field]}:</span> {start > CONTEXT ? '…' : ''}
      {before}
      <mark>{text.slice(start, end)}</mark>
      {after}
      {end + CONTEXT < text.length ? '…' : ''}
    </span>
  );
}
