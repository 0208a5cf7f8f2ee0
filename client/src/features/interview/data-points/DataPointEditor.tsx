import {
  DURATION_UNITS,
  OUTCOME_EVENT_LABELS,
  OUTCOME_EVENTS,
  ROLE_PART_LABELS,
  ROLE_PARTS,
  TEAM_OWNER_LABELS,
  TEAM_OWNERS,
  type DataPointSlot,
  type DataPointValue,
  type DurationMeasure,
  type TeamOwner,
} from '@mockloop/shared/scorecard/data-point-values';
import { useState, type FormEvent, type KeyboardEvent } from 'react';

/** How the form names the person: the card speaks of the candidate; the story bank to its owner. */
export type EditorWords = { part: string; teamOwners: Record<TeamOwner, string> };
const CARD_WORDS: EditorWords = { part: 'Their part', teamOwners: TEAM_OWNER_LABELS };

type EditorProps = {
  id: string;
  slot: DataPointSlot;
  initial: DataPointValue | undefined;
  onSave: (value: DataPointValue) => void;
  onCancel: () => void;
  words?: EditorWords;
};

type Draft = Record<string, string>;

/** A small form for one data point: Enter saves, Escape cancels. */
export function DataPointEditor({ id, slot, initial, onSave, onCancel, words = CARD_WORDS }: EditorProps) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(slot, initial));
  const [problem, setProblem] = useState<string | null>(null);
  const set = (key: string) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const field = (key: string, label: string, input: 'number' | 'text' = 'number') => (
    <label className="iv-dp__input">
      <span>{label}</span>
      <input className="iv-input" type="text" inputMode={input === 'number' ? 'decimal' : 'text'} value={draft[key] ?? ''} onChange={set(key)} autoFocus={key === firstKey(slot)} />
    </label>
  );
  const choice = (key: string, label: string, options: readonly string[], labels: (o: string) => string) => (
    <label className="iv-dp__input">
      <span>{label}</span>
      <select className="iv-input" value={draft[key]} onChange={set(key)} autoFocus={key === firstKey(slot)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels(o)}
          </option>
        ))}
      </select>
    </label>
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = fromDraft(slot, draft);
    if (typeof value === 'string') return setProblem(value);
    onSave(value);
  };
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <form className="iv-dp__editor" aria-label="Edit data point" onSubmit={submit} onKeyDown={escape} id={id}>
      <div className="iv-dp__inputs">
        {slot === 'team' ? (
          <>
            {field('size', 'People')}
            {choice('whose', 'Whose team', TEAM_OWNERS, (o) => words.teamOwners[o as TeamOwner])}
          </>
        ) : slot === 'role' ? (
          <>
            {choice('part', words.part, ROLE_PARTS, (o) => ROLE_PART_LABELS[o as keyof typeof ROLE_PART_LABELS])}
            {draft.part === 'one-of' ? field('of', 'Of how many (optional)') : null}
          </>
        ) : slot === 'metric' ? (
          <>
            {field('name', 'What it measures', 'text')}
            {field('before', 'Before')}
            {field('after', 'After')}
            {field('unit', 'Unit (%, $, ms…)', 'text')}
          </>
        ) : slot === 'outcome' ? (
          <>
            {choice('event', 'What', OUTCOME_EVENTS, (o) => OUTCOME_EVENT_LABELS[o as keyof typeof OUTCOME_EVENT_LABELS].join(' / '))}
            {choice('happened', 'How it ended', ['yes', 'no'], (o) => OUTCOME_EVENT_LABELS[draft.event as keyof typeof OUTCOME_EVENT_LABELS][o === 'yes' ? 0 : 1])}
          </>
        ) : (
          <>
            {field('amount', 'How long')}
            {choice('unit', 'Unit', DURATION_UNITS, (o) => o)}
          </>
        )}
      </div>
      {problem ? (
        <p className="loop-inline-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="iv-dp__actions">
        <button type="submit" className="button button--primary iv-button">
          Save
        </button>
        <button type="button" className="button iv-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const firstKey = (slot: DataPointSlot) => ({ team: 'size', role: 'part', metric: 'name', outcome: 'event' })[slot as 'team'] ?? 'amount';
const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

function toDraft(slot: DataPointSlot, v: DataPointValue | undefined): Draft {
  if (v?.kind === 'team') return { size: text(v.size), whose: v.whose };
  if (v?.kind === 'role') return { part: v.part, of: text(v.of) };
  if (v?.kind === 'metric') return { name: v.name, before: text(v.before), after: text(v.after), unit: v.unit };
  if (v?.kind === 'outcome') return { event: v.event, happened: v.happened ? 'yes' : 'no' };
  if (v?.kind === 'duration') return { amount: text(v.amount), unit: v.unit };
  return { team: { size: '', whose: 'shared' }, role: { part: 'led', of: '' }, metric: { name: '', before: '', after: '', unit: '' }, outcome: { event: 'ship', happened: 'yes' } }[slot as 'team'] ?? { amount: '', unit: 'weeks' };
}

/** A number typed by a person ("1,200", "4.5"), or null for an empty field; NaN when unreadable. */
function readNumber(raw: string | undefined): number | null {
  const cleaned = (raw ?? '').replace(/[,\s]/g, '');
  return cleaned === '' ? null : Number(cleaned);
}

/** The value in the form, or what is wrong with it in words. */
function fromDraft(slot: DataPointSlot, d: Draft): DataPointValue | string {
  if (slot === 'team') {
    const size = readNumber(d.size);
    if (size === null || !Number.isInteger(size) || size < 1 || size > 100_000) return 'Give the number of people as a whole number.';
    return { kind: 'team', size, whose: d.whose as TeamOwner };
  }
  if (slot === 'role') {
    const of = d.part === 'one-of' ? readNumber(d.of) : null;
    if (of !== null && (!Number.isInteger(of) || of < 2)) return '"Of how many" is a whole number of 2 or more, or empty.';
    return { kind: 'role', part: d.part as 'led', of };
  }
  if (slot === 'metric') {
    const [before, after] = [readNumber(d.before), readNumber(d.after)];
    if (Number.isNaN(before) || Number.isNaN(after)) return 'Before and after are numbers (or empty).';
    if (before === null && after === null) return 'Give at least one figure.';
    return { kind: 'metric', name: (d.name ?? '').trim().slice(0, 80), before, after, unit: (d.unit ?? '').trim().slice(0, 20) };
  }
  if (slot === 'outcome') return { kind: 'outcome', event: d.event as 'ship', happened: d.happened === 'yes' };
  const amount = readNumber(d.amount);
  if (amount === null || !(amount > 0) || amount > 10_000) return 'Give how long as a number above zero.';
  return { kind: 'duration', measures: slot.slice('duration:'.length) as DurationMeasure, amount, unit: d.unit as 'weeks' };
}
