import type { DebriefBoard, Spotlight } from '@mockloop/shared/debrief/board';
import type { LpId } from '@mockloop/shared/lp/catalogue';
import { useState } from 'react';
import { debriefApi } from '../../api/debrief';
import { lpName, storyByline, storyTitle } from './labels';
import { commandError, useBoardCommand } from './useBoardCommand';

const encode = (s: Spotlight | null) => (s ? `${s.kind}:${s.id}` : '');
function decode(value: string): Spotlight | null {
  const [kind, id] = value.split(':') as [string, string];
  if (kind === 'lp') return { kind: 'lp', id: id as LpId };
  if (kind === 'story') return { kind: 'story', id };
  return null;
}

/** Choose an LP or a story for every screen; conflicting stories are listed first. */
export function SpotlightPicker({ board }: { board: DebriefBoard }) {
  const [value, setValue] = useState(encode(board.spotlight));
  const command = useBoardCommand((l, t, s: Spotlight | null) => debriefApi.spotlight(l, t, s));
  const error = commandError(command.error);
  const inConflict = new Set(board.conflicts.flatMap((c) => c.stories));
  const stories = [...board.stories].sort((a, b) => Number(inConflict.has(b.id)) - Number(inConflict.has(a.id)));
  return (
    <form
      className="db-picker"
      onSubmit={(event) => {
        event.preventDefault();
        command.mutate(decode(value));
      }}
    >
      <label htmlFor="db-spotlight-choice" className="db-label">
        Spotlight on every screen
      </label>
      <div className="db-picker__row">
        <select id="db-spotlight-choice" className="db-select" value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">Nothing (clear the spotlight)</option>
          <optgroup label="Leadership Principles">
            {board.matrix.map((row) => (
              <option key={row.lpId} value={`lp:${row.lpId}`}>
                {lpName(row.lpId)}
                {row.disagreement ? ' (disagreement)' : row.gap ? ' (gap)' : ''}
              </option>
            ))}
          </optgroup>
          {stories.length ? (
            <optgroup label="Stories">
              {stories.map((story) => (
                <option key={story.id} value={`story:${story.id}`}>
                  {inConflict.has(story.id) ? '⚠ conflict · ' : ''}
                  {storyByline(board, story)}: {storyTitle(story)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        <button type="submit" className="button" disabled={command.isPending}>
          {value ? 'Put in the spotlight' : 'Clear the spotlight'}
        </button>
      </div>
      {error ? (
        <p className="loop-inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
