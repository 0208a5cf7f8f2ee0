import type { LoopView } from '@mockloop/shared/loop/view';
import type { PromptChoice, WritingExercise, WritingSetupRequest } from '@mockloop/shared/writing/contract';
import { WORDS_PER_PAGE } from '@mockloop/shared/writing/length';
import { PROMPT_BANK, PROMPT_KIND_LABELS } from '@mockloop/shared/writing/prompts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http';
import { writingApi } from '../../api/writing';
import { writingKey } from './queries';

type Form = { prompts: [string, string]; mode: 'take-home' | 'timed'; dueAt: string; durationMinutes: number; unit: 'words' | 'pages'; value: number; reviewerIds: string[] };

/** The organizer adds the writing exercise: two prompts from the bank, the mode, a length limit, reviewers. */
export function WritingSetupForm({ view, token, current }: { view: LoopView; token: string; current: WritingExercise | null }) {
  const interviewers = (view.organizer?.participants ?? []).filter((p) => p.role === 'interviewer');
  const [form, setForm] = useState<Form>(() => ({
    prompts: [current?.prompts[0]?.id ?? PROMPT_BANK[2]!.id, current?.prompts[1]?.id ?? PROMPT_BANK[0]!.id],
    mode: current?.mode ?? 'take-home',
    dueAt: current?.dueAt ? current.dueAt.slice(0, 16) : '',
    durationMinutes: current?.durationMinutes ?? 60,
    unit: current?.lengthLimit.unit ?? 'pages',
    value: current?.lengthLimit.value ?? 2,
    reviewerIds: current?.reviewers.map((r) => r.participantId) ?? interviewers.slice(0, 2).map((p) => p.id),
  }));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const queryClient = useQueryClient();
  const set = (change: Partial<Form>) => (setForm((f) => ({ ...f, ...change })), setSaved(false));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const choice = (id: string): PromptChoice => ({ bankId: id });
    const body: WritingSetupRequest = {
      prompts: [choice(form.prompts[0]), choice(form.prompts[1])],
      mode: form.mode === 'timed' ? { type: 'timed', durationMinutes: form.durationMinutes } : { type: 'take-home', dueAt: form.dueAt ? new Date(form.dueAt).toISOString() : '' },
      lengthLimit: form.unit === 'pages' ? { unit: 'pages', value: form.value } : { unit: 'words', value: form.value },
      reviewerIds: form.reviewerIds,
    };
    try {
      queryClient.setQueryData(writingKey(view.loop.id), await writingApi.setUp(view.loop.id, token, body));
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(isApiError(e) ? e.message : 'Could not reach the server.');
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="wr-setup-title">
      <h2 id="wr-setup-title">{current ? 'Change the writing exercise' : 'Add a writing exercise'}</h2>
      <p className="text-muted">The candidate chooses one of two prompts and writes before the loop. It can change until they begin.</p>
      {[0, 1].map((index) => (
        <label key={index} className="stack stack--tight">
          <span>Prompt {index + 1}</span>
          <select value={form.prompts[index]} onChange={(e) => set({ prompts: (index === 0 ? [e.target.value, form.prompts[1]] : [form.prompts[0], e.target.value]) as [string, string] })}>
            {PROMPT_BANK.map((p) => (
              <option key={p.id} value={p.id}>{`${PROMPT_KIND_LABELS[p.kind]}: ${p.title}`}</option>
            ))}
          </select>
        </label>
      ))}
      <fieldset className="stack stack--tight">
        <legend>Mode</legend>
        <label className="wr-choice"><input type="radio" name="wr-mode" checked={form.mode === 'take-home'} onChange={() => set({ mode: 'take-home' })} /> Take-home, due at a set time</label>
        <label className="wr-choice"><input type="radio" name="wr-mode" checked={form.mode === 'timed'} onChange={() => set({ mode: 'timed' })} /> Timed, in MockLoop</label>
        {form.mode === 'take-home' ? (
          <label className="stack stack--tight"><span>Due (your time)</span><input type="datetime-local" required value={form.dueAt} onChange={(e) => set({ dueAt: e.target.value })} /></label>
        ) : (
          <label className="stack stack--tight"><span>Minutes</span><input type="number" min={15} max={240} value={form.durationMinutes} onChange={(e) => set({ durationMinutes: Number(e.target.value) })} /></label>
        )}
      </fieldset>
      <fieldset className="stack stack--tight">
        <legend>Length limit</legend>
        <div className="wr-choices">
          <input aria-label="Limit" type="number" min={1} max={5000} value={form.value} onChange={(e) => set({ value: Number(e.target.value) })} />
          <select aria-label="Unit" value={form.unit} onChange={(e) => set({ unit: e.target.value as Form['unit'], value: e.target.value === 'pages' ? 2 : 1000 })}>
            <option value="pages">pages ({WORDS_PER_PAGE} words each)</option>
            <option value="words">words</option>
          </select>
        </div>
      </fieldset>
      <fieldset className="stack stack--tight">
        <legend>Reviewers</legend>
        {interviewers.map((p) => (
          <label key={p.id} className="wr-choice">
            <input type="checkbox" checked={form.reviewerIds.includes(p.id)} onChange={(e) => set({ reviewerIds: e.target.checked ? [...form.reviewerIds, p.id] : form.reviewerIds.filter((id) => id !== p.id) })} />
            {p.name}
          </label>
        ))}
      </fieldset>
      <p><button type="submit" className="button button--primary">{current ? 'Save changes' : 'Add the writing exercise'}</button></p>
      {error ? <p className="loop-inline-error" role="alert">{error}</p> : null}
      {saved ? <p role="status">Saved. The candidate sees it on their writing page.</p> : null}
    </form>
  );
}
