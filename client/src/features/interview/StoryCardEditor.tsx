import { STORY_FLAG_LABELS, STORY_FLAGS, type LpId, type StoryFlag, type PatchOp, type StoryCard } from '@mockloop/shared';
import { inCatalogueOrder, lpName } from '@mockloop/shared/lp/names';
import { lazy, Suspense, useState, type Ref } from 'react';
import type { BankTitle } from '@mockloop/shared/bank/contract';
import { NOTES_LABEL, STAR_FIELDS } from './labels';
import { TextField } from './TextField';

// Loaded once a story card is open, so the room's first page stays within its budget.
const DataPointsPanel = lazy(() => import('./data-points/DataPointsPanel'));
// Only while the candidate shares their bank's titles.
const ToldFromBank = lazy(() => import('../bank/ToldFromBank').then((m) => ({ default: m.ToldFromBank })));

type StoryCardEditorProps = {
  scorecardId: string;
  whenSaved: () => Promise<void>;
  story: StoryCard;
  number: number;
  assignedLps: readonly LpId[];
  locked: boolean;
  onEdit: (op: PatchOp, debounce?: boolean) => void;
  onRemoved: () => void;
  firstFieldRef?: Ref<HTMLTextAreaElement>;
  /** The titles the candidate shares from their story bank; empty when they share none. */
  bankTitles?: BankTitle[];
};

/** One story in STAR form, as the candidate tells it: the question, LPs it shows, flags and private notes. */
export function StoryCardEditor({ scorecardId, whenSaved, story, number, assignedLps, locked, onEdit, onRemoved, firstFieldRef, bankTitles = [] }: StoryCardEditorProps) {
  const [confirming, setConfirming] = useState(false);
  const base = `story-${story.id}`;
  const titleId = `${base}-title`;
  const text = (field: (typeof STAR_FIELDS)[number]['field'] | 'questionText' | 'notes') => (value: string) =>
    onEdit({ op: 'setStoryText', storyId: story.id, field, value }, true);
  const lpChoices = inCatalogueOrder(new Set([...assignedLps, ...story.lps]));

  const toggleLp = (lpId: LpId, on: boolean) =>
    onEdit({ op: 'setStoryLps', storyId: story.id, value: on ? inCatalogueOrder(new Set([...story.lps, lpId])) : story.lps.filter((id) => id !== lpId) });
  const toggleFlag = (flag: StoryFlag, on: boolean) =>
    onEdit({ op: 'setStoryFlags', storyId: story.id, value: on ? STORY_FLAGS.filter((f) => f === flag || story.flags.includes(f)) : story.flags.filter((f) => f !== flag) });

  return (
    <article className="card iv-story stack" aria-labelledby={titleId} data-story-id={story.id}>
      <h3 id={titleId} className="iv-story__title">
        Story {number}
      </h3>
      <TextField id={`${base}-question`} label="Question asked" value={story.questionText} rows={2} maxLength={500} readOnly={locked} onChange={text('questionText')} />
      <fieldset className="iv-choices" disabled={locked}>
        <legend>Leadership Principles this story shows</legend>
        <div className="iv-chips">
          {lpChoices.map((lpId) => (
            <label key={lpId} className="iv-chip">
              <input type="checkbox" checked={story.lps.includes(lpId)} onChange={(e) => toggleLp(lpId, e.target.checked)} />
              <span>{lpName(lpId)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="iv-star">
        {STAR_FIELDS.map(({ field, label, hint }, index) => (
          <TextField
            key={field}
            id={`${base}-${field}`}
            label={label}
            hint={hint}
            value={story[field]}
            readOnly={locked}
            onChange={text(field)}
            {...(index === 0 && firstFieldRef ? { inputRef: firstFieldRef } : {})}
          />
        ))}
      </div>
      {bankTitles.length ? (
        <Suspense fallback={null}>
          <ToldFromBank scorecardId={scorecardId} story={story} number={number} titles={bankTitles} locked={locked} whenSaved={whenSaved} onEdit={onEdit} />
        </Suspense>
      ) : null}
      <Suspense fallback={<p className="text-muted">Loading data points…</p>}>
        <DataPointsPanel scorecardId={scorecardId} story={story} number={number} locked={locked} onEdit={(op) => onEdit(op)} whenSaved={whenSaved} />
      </Suspense>
      <fieldset className="iv-choices" disabled={locked}>
        <legend>Quick flags</legend>
        <div className="iv-chips">
          {STORY_FLAGS.map((flag) => (
            <label key={flag} className="iv-chip iv-chip--flag">
              <input type="checkbox" checked={story.flags.includes(flag)} onChange={(e) => toggleFlag(flag, e.target.checked)} />
              <span>{STORY_FLAG_LABELS[flag]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField id={`${base}-notes`} label={NOTES_LABEL} className="iv-field--private" value={story.notes} readOnly={locked} onChange={text('notes')} />
      {locked ? null : confirming ? (
        <div className="iv-confirm" role="group" aria-label={`Remove story ${number}?`}>
          <p>Remove story {number} and everything written in it?</p>
          <div className="iv-question__actions">
            <button type="button" className="button iv-button iv-button--danger" onClick={() => { onEdit({ op: 'removeStory', storyId: story.id }); onRemoved(); }}>
              Remove story
            </button>
            <button type="button" className="button iv-button" autoFocus onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button type="button" className="button iv-button" onClick={() => setConfirming(true)}>
            Remove story {number}…
          </button>
        </p>
      )}
    </article>
  );
}
