import type { LoopView } from '@mockloop/shared/loop/view';
import type { WritingExercise } from '@mockloop/shared/writing/contract';
import { WORDS_PER_PAGE } from '@mockloop/shared/writing/length';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http';
import { writingApi } from '../../api/writing';
import { FieldMessage, OwnField, PromptSlotFields } from './PromptSlotFields';
import { writingKey } from './queries';
import { initialForm, parseSetup, type PromptSlot, type SetupErrors, type SetupForm } from './setupForm';

/** The organizer adds the writing exercise: two prompts (bank or their own), the mode, a length limit, reviewers. */
export function WritingSetupForm({ view, token, current }: { view: LoopView; token: string; current: WritingExercise | null }) {
  const interviewers = (view.organizer?.participants ?? []).filter((p) => p.role === 'interviewer');
  const [form, setForm] = useState<SetupForm>(() => initialForm(current, interviewers.map((p) => p.id)));
  const [errors, setErrors] = useState<SetupErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  const set = (change: Partial<SetupForm>) => (setForm((f) => ({ ...f, ...change })), setSaved(false));
  const setSlot = (index: number, change: Partial<PromptSlot>) =>
    set({ prompts: form.prompts.map((slot, i) => (i === index ? { ...slot, ...change } : slot)) as SetupForm['prompts'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSetup(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setError('Some fields need a change; each says what.');
      // After React renders the messages: focus the first field that has one.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    try {
      queryClient.setQueryData(writingKey(view.loop.id), await writingApi.setUp(view.loop.id, token, parsed.request));
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(isApiError(e) ? e.message : 'Could not reach the server.');
    }
  };

  return (
    <form ref={formRef} className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="wr-setup-title" noValidate>
      <h2 id="wr-setup-title">{current ? 'Change the writing exercise' : 'Add a writing exercise'}</h2>
      <p className="text-muted">The candidate chooses one of two prompts and writes before the loop. It can change until they begin.</p>
      {form.prompts.map((slot, index) => (
        <PromptSlotFields key={index} index={index} slot={slot} errors={errors} onChange={(change) => setSlot(index, change)} />
      ))}
      <fieldset className="stack stack--tight">
        <legend>Mode</legend>
        <label className="wr-choice"><input type="radio" name="wr-mode" checked={form.mode === 'take-home'} onChange={() => set({ mode: 'take-home' })} /> Take-home, due at a set time</label>
        <label className="wr-choice"><input type="radio" name="wr-mode" checked={form.mode === 'timed'} onChange={() => set({ mode: 'timed' })} /> Timed, in MockLoop</label>
        {form.mode === 'take-home' ? (
          <OwnField id="wr-due" label="Due (your time)" error={errors['mode.dueAt']}>
            {(aria) => <input {...aria} type="datetime-local" value={form.dueAt} onChange={(e) => set({ dueAt: e.target.value })} />}
          </OwnField>
        ) : (
          <OwnField id="wr-minutes" label="Minutes" error={errors['mode.durationMinutes']}>
            {(aria) => <input {...aria} type="number" min={15} max={240} value={form.durationMinutes} onChange={(e) => set({ durationMinutes: Number(e.target.value) })} />}
          </OwnField>
        )}
      </fieldset>
      <fieldset className="stack stack--tight">
        <legend>Length limit</legend>
        <div className="wr-choices">
          <input aria-label="Limit" type="number" min={1} max={5000} value={form.value} onChange={(e) => set({ value: Number(e.target.value) })} {...(errors['lengthLimit.value'] ? { 'aria-invalid': true, 'aria-describedby': 'wr-limit-error' } : {})} />
          <select aria-label="Unit" value={form.unit} onChange={(e) => set({ unit: e.target.value as SetupForm['unit'], value: e.target.value === 'pages' ? 2 : 1000 })}>
            <option value="pages">pages ({WORDS_PER_PAGE} words each)</option>
            <option value="words">words</option>
          </select>
        </div>
        {errors['lengthLimit.value'] ? <FieldMessage id="wr-limit-error" message={`Length limit: ${errors['lengthLimit.value']}`} /> : null}
      </fieldset>
      <fieldset className="stack stack--tight" aria-describedby={errors.reviewerIds ? 'wr-reviewers-error' : undefined}>
        <legend>Reviewers</legend>
        {interviewers.map((p) => (
          <label key={p.id} className="wr-choice">
            <input type="checkbox" checked={form.reviewerIds.includes(p.id)} onChange={(e) => set({ reviewerIds: e.target.checked ? [...form.reviewerIds, p.id] : form.reviewerIds.filter((id) => id !== p.id) })} />
            {p.name}
          </label>
        ))}
        {errors.reviewerIds ? <FieldMessage id="wr-reviewers-error" message={`Reviewers: ${errors.reviewerIds}`} /> : null}
      </fieldset>
      <p><button type="submit" className="button button--primary">{current ? 'Save changes' : 'Add the writing exercise'}</button></p>
      {error ? <p className="loop-inline-error" role="alert">{error}</p> : null}
      {saved ? <p role="status">Saved. The candidate sees it on their writing page.</p> : null}
    </form>
  );
}
