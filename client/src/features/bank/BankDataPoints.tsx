import type { BankPatchOp } from '@mockloop/shared/bank/contract';
import { describeOwnPoint, OWN_TEAM_OWNER_LABELS, ownSlotLabel, samePoint } from '@mockloop/shared/bank/own-words';
import type { BankStory } from '@mockloop/shared/bank/values';
import { CORE_SLOTS, DATA_POINT_SLOTS, type DataPointSlot, type DataPointValue } from '@mockloop/shared/scorecard/data-point-values';
import type { DataPointEntry, DataPointSuggestion } from '@mockloop/shared/scorecard/data-points';
import { useRef, useState } from 'react';
import { DataPointEditor } from '../interview/data-points/DataPointEditor';
import { useBankSuggestions } from './useBankSuggestions';
import '../interview/data-points/data-points.css';

const OWNER_WORDS = { part: 'Your part', teamOwners: OWN_TEAM_OWNER_LABELS };
const FIELD_NAMES = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;

type Props = {
  ownerToken: string;
  story: BankStory;
  number: number;
  /** Read the text only while the story is open: a closed one is not being worked on. */
  open: boolean;
  whenSaved: () => Promise<void>;
  onEdit: (op: BankPatchOp) => void;
};

/**
 * The facts a prepared story means to state, in the story card's shape: team size and whose
 * team, your part, durations and what they measure, the key metric before and after, the
 * outcome. The server reads each from the STAR text as a suggestion; the owner confirms,
 * corrects or sets it aside. Confirmed values are what the self-check and the debrief compare.
 */
export function BankDataPoints({ ownerToken, story, number, open, whenSaved, onEdit }: Props) {
  const { suggestions, problem } = useBankSuggestions(ownerToken, story, whenSaved, open);
  const [editing, setEditing] = useState<DataPointSlot | null>(null);
  const [said, setSaid] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const bySlot = new Map((suggestions ?? []).map((s) => [s.slot, s]));
  const slots = DATA_POINT_SLOTS.filter((slot) => CORE_SLOTS.includes(slot) || bySlot.has(slot) || story.dataPoints[slot]);
  const titleId = `bank-${story.id}-dp-title`;

  const decide = (slot: DataPointSlot, entry: DataPointEntry | null, words: string) => {
    onEdit({ op: 'setStoryDataPoint', storyId: story.id, slot, entry });
    setSaid(`${ownSlotLabel(slot)}: ${words}.`);
    close(slot);
  };
  /** Back from the form (or a decision), focus stays on the row's first button, not the page's top. */
  const close = (slot: DataPointSlot) => {
    setEditing(null);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-slot="${slot}"] button`)?.focus());
  };
  // The text's phrase stays with a value only while the value is what the text says.
  const confirm = (slot: DataPointSlot, value: DataPointValue) => {
    const s = bySlot.get(slot);
    decide(slot, { status: 'confirmed', value, phrase: s && samePoint(s.value, value) ? s.phrase : null }, `confirmed ${describeOwnPoint(value)}`);
  };

  return (
    <section className="iv-dp bank-dp" aria-labelledby={titleId}>
      <h3 id={titleId} className="iv-dp__title">
        Data points
      </h3>
      <p className="iv-dp__hint text-muted">The facts you mean to state, read from your text as suggestions. Confirm or correct them: the self-check and the debrief compare these with each telling.</p>
      {problem ? <p className="loop-inline-error">Your text could not be read: {problem}</p> : null}
      <ul className="iv-dp__list" ref={list} aria-label={`Data points of story ${number}`}>
        {slots.map((slot) => {
          const entry = story.dataPoints[slot];
          const suggestion = bySlot.get(slot);
          const label = ownSlotLabel(slot);
          const button = (text: string, onClick: () => void) => (
            <button type="button" className="button iv-dp__button" onClick={onClick}>
              {text}
              <span className="visually-hidden"> {label}</span>
            </button>
          );
          return (
            <li key={slot} className={`iv-dp__row iv-dp__row--${entry?.status ?? (suggestion ? 'suggested' : 'empty')}`} data-slot={slot}>
              <span className="iv-dp__label">{label}</span>
              <span className="iv-dp__value">
                <RowValue entry={entry} suggestion={suggestion} reading={suggestions === null && open} />
              </span>
              {suggestion && (!entry || (entry.status === 'confirmed' && !samePoint(entry.value, suggestion.value))) ? <TextReads suggestion={suggestion} confirmed={entry?.status === 'confirmed'} /> : null}
              {editing === slot ? (
                <DataPointEditor
                  id={`bank-${story.id}-dp-${slot}`}
                  slot={slot}
                  initial={entry?.status === 'confirmed' ? entry.value : suggestion?.value}
                  words={OWNER_WORDS}
                  onSave={(value) => confirm(slot, value)}
                  onCancel={() => close(slot)}
                />
              ) : (
                <span className="iv-dp__actions">
                  {suggestion && entry?.status !== 'confirmed' ? button('Confirm', () => confirm(slot, suggestion.value)) : null}
                  {suggestion && entry?.status === 'confirmed' && !samePoint(entry.value, suggestion.value) ? button('Use what the text says', () => confirm(slot, suggestion.value)) : null}
                  {button(entry?.status === 'confirmed' || suggestion ? 'Edit' : 'Add', () => setEditing(slot))}
                  {suggestion && !entry ? button('Set aside', () => decide(slot, { status: 'dismissed', phrase: suggestion.phrase }, 'suggestion set aside')) : null}
                  {entry ? button(entry.status === 'confirmed' ? 'Remove' : 'Undo', () => decide(slot, null, entry.status === 'confirmed' ? 'removed' : 'back to the suggestion')) : null}
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

function RowValue({ entry, suggestion, reading }: { entry: DataPointEntry | undefined; suggestion: DataPointSuggestion | undefined; reading: boolean }) {
  if (entry?.status === 'confirmed') {
    return (
      <>
        <span aria-hidden="true">✓ </span>
        <strong>{describeOwnPoint(entry.value)}</strong> <span className="text-muted">confirmed</span>
      </>
    );
  }
  if (entry?.status === 'dismissed') return <span className="text-muted">Suggestion set aside</span>;
  if (suggestion) {
    return (
      <>
        <strong>{describeOwnPoint(suggestion.value)}</strong> <span className="text-muted">suggested</span>
      </>
    );
  }
  return <span className="text-muted">{reading ? 'Reading your text…' : 'Not in your text'}</span>;
}

/** Where a suggestion came from; under a confirmed value, that the text now says otherwise. */
function TextReads({ suggestion, confirmed }: { suggestion: DataPointSuggestion; confirmed: boolean }) {
  return (
    <span className="iv-dp__source">
      {confirmed ? 'Your text says otherwise, in the ' : null}
      <span className="iv-dp__field">{FIELD_NAMES[suggestion.field]}:</span> <q>{suggestion.phrase}</q>
    </span>
  );
}
