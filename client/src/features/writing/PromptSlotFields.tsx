import { PROMPT_BANK, PROMPT_KIND_LABELS, PROMPT_KINDS, type PromptKind } from '@mockloop/shared/writing/prompts';
import { TEXT_LIMITS } from '@mockloop/shared/text-limits';
import type { ReactNode } from 'react';
import type { PromptSlot, SetupErrors } from './setupForm';

const OWN = 'own';

/** One prompt of the two: a bank prompt, or the organizer's own kind, title and text. */
export function PromptSlotFields({ index, slot, errors, onChange }: { index: number; slot: PromptSlot; errors: SetupErrors; onChange: (change: Partial<PromptSlot>) => void }) {
  const id = `wr-prompt-${index}`;
  const at = (field: string) => errors[`prompts.${index}.custom.${field}`];
  return (
    <fieldset className="stack stack--tight wr-slot">
      <legend>Prompt {index + 1}</legend>
      <label className="stack stack--tight">
        <span>From the bank, or your own</span>
        <select value={slot.source === 'own' ? OWN : slot.bankId} onChange={(e) => onChange(e.target.value === OWN ? { source: 'own' } : { source: 'bank', bankId: e.target.value })}>
          {PROMPT_BANK.map((p) => (
            <option key={p.id} value={p.id}>{`${PROMPT_KIND_LABELS[p.kind]}: ${p.title}`}</option>
          ))}
          <option value={OWN}>Write your own prompt…</option>
        </select>
      </label>
      {slot.source === 'own' ? (
        <>
          <label className="stack stack--tight">
            <span>Kind</span>
            <select value={slot.kind} onChange={(e) => onChange({ kind: e.target.value as PromptKind })}>
              {PROMPT_KINDS.map((kind) => (
                <option key={kind} value={kind}>{PROMPT_KIND_LABELS[kind]}</option>
              ))}
            </select>
          </label>
          <OwnField id={`${id}-title`} label="Title" error={at('title')}>
            {(aria) => <input {...aria} value={slot.title} maxLength={TEXT_LIMITS.title} onChange={(e) => onChange({ title: e.target.value })} />}
          </OwnField>
          <OwnField id={`${id}-text`} label="What the candidate should write" hint="At least 20 characters, at most 1,500." error={at('text')}>
            {(aria) => <textarea {...aria} rows={4} value={slot.text} maxLength={1500} onChange={(e) => onChange({ text: e.target.value })} />}
          </OwnField>
        </>
      ) : null}
    </fieldset>
  );
}

type Aria = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

/** A labelled control with its hint and the schema's message, tied to it for screen readers. */
export function OwnField({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error: string | undefined; children: (aria: Aria) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const aria: Aria = { id };
  if (describedBy) aria['aria-describedby'] = describedBy;
  if (error) aria['aria-invalid'] = true;
  return (
    <div className="stack stack--tight">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="text-muted wr-hint" id={`${id}-hint`}>{hint}</p> : null}
      {children(aria)}
      {error ? <FieldMessage id={`${id}-error`} message={`${label}: ${error}`} /> : null}
    </div>
  );
}

export function FieldMessage({ id, message }: { id: string; message: string }) {
  return (
    <p className="wr-field-error" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
