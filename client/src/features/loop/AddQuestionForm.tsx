import { useId, useState, type FormEvent } from 'react';
import { LEADERSHIP_PRINCIPLES, type LpId } from '@mockloop/shared/lp/catalogue';
import type { QuestionKind } from '@mockloop/shared/questions/schema';
import { ROUND_KIND_LABELS } from '@mockloop/shared/scales';
import { isApiError } from '../../api/http';
import { loopsApi } from '../../api/loops';

const KINDS = Object.keys(ROUND_KIND_LABELS) as QuestionKind[];

/**
 * The organizer adds a question of their own to the loop; the interviewers whose round it
 * fits (same LP, or same kind of round) see it beside the bank's questions.
 */
export function AddQuestionForm({ loopId, token }: { loopId: string; token: string }) {
  const id = useId();
  const [kind, setKind] = useState<QuestionKind>('behavioral');
  const [lpId, setLpId] = useState<LpId>('customer-obsession');
  const [text, setText] = useState('');
  const [probes, setProbes] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { kind, lps: [lpId], text, probes: probes.split('\n').map((p) => p.trim()).filter(Boolean) };
    try {
      await loopsApi.addQuestion(loopId, token, body);
      setText('');
      setProbes('');
      setStatus({ ok: true, message: 'Added. The interviewers it fits will see it with their questions.' });
    } catch (error) {
      setStatus({ ok: false, message: isApiError(error) ? error.message : 'The question could not be added. Try again.' });
    }
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add your own question</h2>
      <form className="stack" onSubmit={submit}>
        <label className="stack stack--tight">
          <span>Kind of round</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>{ROUND_KIND_LABELS[k]}</option>
            ))}
          </select>
        </label>
        <label className="stack stack--tight">
          <span>Leadership Principle it tests</span>
          <select value={lpId} onChange={(e) => setLpId(e.target.value as LpId)}>
            {LEADERSHIP_PRINCIPLES.map((lp) => (
              <option key={lp.id} value={lp.id}>{lp.name}</option>
            ))}
          </select>
        </label>
        <label className="stack stack--tight">
          <span>Question</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} required minLength={10} maxLength={500} />
        </label>
        <label className="stack stack--tight">
          <span>Follow-up probes (one per line, optional)</span>
          <textarea value={probes} onChange={(e) => setProbes(e.target.value)} rows={3} />
        </label>
        <p>
          <button type="submit" className="button">Add question</button>
        </p>
        <p role="status" className={status && !status.ok ? 'text-error' : 'text-muted'}>{status?.message ?? ''}</p>
      </form>
    </section>
  );
}
