import type { BankPatchOp } from '@mockloop/shared/bank/contract';
import { STAR_GAP_LABELS, starGaps } from '@mockloop/shared/bank/gaps';
import type { BankStory, BankTextField } from '@mockloop/shared/bank/values';
import { LP_IDS, lpById, type LpId } from '@mockloop/shared/lp/principles';
import { useState } from 'react';
import { BankDataPoints } from './BankDataPoints';

const STAR: { field: Exclude<BankTextField, 'title'>; label: string }[] = [
  { field: 'situation', label: 'Situation' },
  { field: 'task', label: 'Task' },
  { field: 'action', label: 'Action (what you did)' },
  { field: 'result', label: 'Result (with numbers)' },
];

type Props = { ownerToken: string; story: BankStory; number: number; whenSaved: () => Promise<void>; onEdit: (op: BankPatchOp, debounce?: boolean) => void };

/** One prepared story: title, STAR, the LPs it shows, its data points, and what it still lacks. */
export function BankStoryEditor({ ownerToken, story, number, whenSaved, onEdit }: Props) {
  const [confirming, setConfirming] = useState(false);
  // A new story opens for writing; typing its title must not fold it away.
  const [open, setOpen] = useState(() => !story.title);
  const base = `bank-${story.id}`;
  const text = (field: BankTextField) => (value: string) => onEdit({ op: 'setStoryText', storyId: story.id, field, value }, true);
  const toggle = (lpId: LpId, on: boolean) => onEdit({ op: 'setStoryLps', storyId: story.id, value: on ? LP_IDS.filter((id) => id === lpId || story.lps.includes(id)) : story.lps.filter((id) => id !== lpId) });
  const gaps = starGaps(story);
  return (
    <details className="card bank-story" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="bank-story__title">{story.title || `Story ${number} (untitled)`}</span>{' '}
        <span className="text-muted">{story.lps.length ? story.lps.map((id) => lpById(id).name).join(', ') : 'no LPs yet'}</span>
      </summary>
      <div className="stack">
        <label htmlFor={`${base}-title`}>Title</label>
        <input id={`${base}-title`} value={story.title} maxLength={120} onChange={(e) => text('title')(e.target.value)} />
        {STAR.map(({ field, label }) => (
          <div key={field} className="stack stack--tight">
            <label htmlFor={`${base}-${field}`}>{label}</label>
            <textarea id={`${base}-${field}`} rows={3} value={story[field]} maxLength={10_000} onChange={(e) => text(field)(e.target.value)} />
          </div>
        ))}
        <fieldset className="bank-choices">
          <legend>Leadership Principles it shows</legend>
          <div className="bank-chips">
            {LP_IDS.map((lpId) => (
              <label key={lpId} className="bank-chip">
                <input type="checkbox" checked={story.lps.includes(lpId)} onChange={(e) => toggle(lpId, e.target.checked)} />
                <span>{lpById(lpId).name}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <BankDataPoints ownerToken={ownerToken} story={story} number={number} open={open} whenSaved={whenSaved} onEdit={onEdit} />
        {gaps.length ? (
          <ul className="bank-gaps" aria-label={`What story ${number} still lacks`}>
            {gaps.map((gap) => (
              <li key={gap}>{STAR_GAP_LABELS[gap]}</li>
            ))}
          </ul>
        ) : null}
        {confirming ? (
          <div role="group" aria-label={`Remove story ${number}?`} className="stack stack--tight">
            <p>Remove “{story.title || `story ${number}`}” for good?</p>
            <p>
              <button type="button" className="button iv-button--danger" onClick={() => onEdit({ op: 'removeStory', storyId: story.id })}>
                Remove story
              </button>{' '}
              <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Remove this story…
            </button>
          </p>
        )}
      </div>
    </details>
  );
}
