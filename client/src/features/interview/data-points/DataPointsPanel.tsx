import {
  CORE_SLOTS,
  DATA_POINT_SLOTS,
  describeDataPoint,
  slotLabel,
  type DataPointSlot,
  type DataPointValue,
} from '@mockloop/shared/scorecard/data-point-values';
import type { DataPointEntry, DataPointSuggestion } from '@mockloop/shared/scorecard/data-points';
import type { StoryCard } from '@mockloop/shared/scorecard/draft';
import type { PatchOp } from '@mockloop/shared/scorecard/patch';
import { useRef, useState, type KeyboardEvent } from 'react';
import { DataPointEditor } from './DataPointEditor';
import { SourcePhrase } from './SourcePhrase';
import { useSuggestions } from './useSuggestions';
import './data-points.css';

export type DataPointsPanelProps = {
  scorecardId: string;
  story: StoryCard;
  number: number;
  locked: boolean;
  onEdit: (op: PatchOp) => void;
  whenSaved: () => Promise<void>;
};

/**
 * A story card's data points: team size, role, durations, the key metric and the outcome.
 * The server suggests each from the notes (the phrase it came from marked); the interviewer
 * confirms (Y), edits (E) or dismisses (N) one with a single key while its row has focus.
 */
export default function DataPointsPanel({ scorecardId, story, number, locked, onEdit, whenSaved }: DataPointsPanelProps) {
  const suggestions = useSuggestions(scorecardId, story, whenSaved, !locked);
  const [editing, setEditing] = useState<DataPointSlot | null>(null);
  const [said, setSaid] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const bySlot = new Map((suggestions ?? []).map((s) => [s.slot, s]));
  const slots = DATA_POINT_SLOTS.filter((slot) => CORE_SLOTS.includes(slot) || bySlot.has(slot) || story.dataPoints[slot]);
  const titleId = `story-${story.id}-dp-title`;

  const decide = (slot: DataPointSlot, entry: DataPointEntry | null, words: string) => {
    onEdit({ op: 'setStoryDataPoint', storyId: story.id, slot, entry });
    setSaid(`${slotLabel(slot)}: ${words}.`);
  };
  /** After a decision, the next row still waiting for one takes focus, so the keys keep working. */
  const focusNext = (slot: DataPointSlot) => {
    requestAnimationFrame(() => {
      const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-slot]') ?? [])];
      const from = rows.findIndex((r) => r.dataset.slot === slot);
      const next = [...rows.slice(from + 1), ...rows.slice(0, from + 1)].find((r) => r.dataset.pending === 'true') ?? rows[from];
      next?.focus();
    });
  };
  const confirm = (s: DataPointSuggestion) => {
    decide(s.slot, { status: 'confirmed', value: s.value, phrase: s.phrase }, `confirmed ${describeDataPoint(s.value)}`);
    focusNext(s.slot);
  };
  const dismiss = (slot: DataPointSlot, s: DataPointSuggestion | undefined) => {
    decide(slot, { status: 'dismissed', phrase: s?.phrase ?? null }, 'suggestion dismissed');
    focusNext(slot);
  };
  const save = (slot: DataPointSlot, value: DataPointValue) => {
    const entry = story.dataPoints[slot];
    const phrase = entry?.phrase ?? bySlot.get(slot)?.phrase ?? null;
    decide(slot, { status: 'confirmed', value, phrase }, `confirmed ${describeDataPoint(value)}`);
    setEditing(null);
    focusNext(slot);
  };

  const keys = (slot: DataPointSlot, s: DataPointSuggestion | undefined) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (locked || editing || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    const entry = story.dataPoints[slot];
    if ((key === 'y' || (key === 'enter' && e.target === e.currentTarget)) && s && !entry) confirm(s);
    else if (key === 'e') setEditing(slot);
    else if (key === 'n' && !entry) dismiss(slot, s);
    else if (key === 'arrowdown' || key === 'arrowup') {
      const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-slot]') ?? [])];
      rows[rows.findIndex((r) => r.dataset.slot === slot) + (key === 'arrowdown' ? 1 : -1)]?.focus();
    } else return;
    e.preventDefault();
  };

  return (
    <section className="iv-dp" aria-labelledby={titleId}>
      <h4 id={titleId} className="iv-dp__title">
        Data points
      </h4>
      <p className="iv-dp__hint text-muted">
        {locked ? 'What you confirmed for the debrief.' : 'Suggested from your notes. With a row focused: Y confirms, E edits, N dismisses; ↑ ↓ move.'}
      </p>
      <ul className="iv-dp__list" ref={list} aria-label={`Data points of story ${number}`}>
        {slots.map((slot) => {
          const entry = story.dataPoints[slot];
          const suggestion = bySlot.get(slot);
          const pending = !entry && !!suggestion;
          const label = slotLabel(slot);
          return (
            <li
              key={slot}
              className={`iv-dp__row iv-dp__row--${entry?.status ?? (suggestion ? 'suggested' : 'empty')}`}
              data-slot={slot}
              data-pending={pending}
              tabIndex={locked ? undefined : 0}
              aria-label={`${label}: ${rowWords(entry, suggestion)}`}
              aria-keyshortcuts={locked ? undefined : pending ? 'Y E N' : 'E'}
              onKeyDown={keys(slot, suggestion)}
            >
              <span className="iv-dp__label">{label}</span>
              <span className="iv-dp__value">
                {entry?.status === 'confirmed' ? (
                  <>
                    <span aria-hidden="true">✓ </span>
                    <strong>{describeDataPoint(entry.value)}</strong> <span className="text-muted">confirmed</span>
                  </>
                ) : entry?.status === 'dismissed' ? (
                  <span className="text-muted">Suggestion dismissed</span>
                ) : suggestion ? (
                  <>
                    <strong>{describeDataPoint(suggestion.value)}</strong> <span className="text-muted">suggested</span>
                  </>
                ) : (
                  <span className="text-muted">{suggestions === null && !locked ? 'Reading your notes…' : 'Not in the notes yet'}</span>
                )}
              </span>
              {pending ? <SourcePhrase story={story} suggestion={suggestion} /> : null}
              {locked ? null : editing === slot ? (
                <DataPointEditor
                  id={`story-${story.id}-dp-${slot}`}
                  slot={slot}
                  initial={entry?.status === 'confirmed' ? entry.value : suggestion?.value}
                  onSave={(value) => save(slot, value)}
                  onCancel={() => {
                    setEditing(null);
                    focusNext(slot);
                  }}
                />
              ) : (
                <span className="iv-dp__actions">
                  {pending ? (
                    <button type="button" className="button iv-button iv-dp__button" tabIndex={-1} onClick={() => confirm(suggestion)}>
                      Confirm <kbd>Y</kbd>
                    </button>
                  ) : null}
                  <button type="button" className="button iv-button iv-dp__button" tabIndex={-1} onClick={() => setEditing(slot)}>
                    {entry?.status === 'confirmed' ? 'Edit' : suggestion ? 'Edit' : 'Add'} <kbd>E</kbd>
                  </button>
                  {pending ? (
                    <button type="button" className="button iv-button iv-dp__button" tabIndex={-1} onClick={() => dismiss(slot, suggestion)}>
                      Dismiss <kbd>N</kbd>
                    </button>
                  ) : null}
                  {entry ? (
                    <button type="button" className="button iv-button iv-dp__button" tabIndex={-1} onClick={() => decide(slot, null, 'back to the suggestion')}>
                      Undo
                    </button>
                  ) : null}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}

function rowWords(entry: DataPointEntry | undefined, suggestion: DataPointSuggestion | undefined): string {
  if (entry?.status === 'confirmed') return `${describeDataPoint(entry.value)}, confirmed`;
  if (entry?.status === 'dismissed') return 'suggestion dismissed';
  if (suggestion) return `suggested ${describeDataPoint(suggestion.value)}, from "${suggestion.phrase}"`;
  return 'nothing yet';
}
