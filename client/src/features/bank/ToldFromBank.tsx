import type { BankTitle } from '@mockloop/shared/bank/contract';
import type { PatchOp } from '@mockloop/shared/scorecard/patch';
import { useId } from 'react';

type Props = { storyId: string; number: number; linked: string | null | undefined; titles: BankTitle[]; locked: boolean; onEdit: (op: PatchOp) => void };

/**
 * "Told from the bank: <title>": shown only while the candidate shares their bank's titles.
 * The debrief then compares this telling with the prepared story.
 */
export function ToldFromBank({ storyId, number, linked, titles, locked, onEdit }: Props) {
  const id = useId();
  const known = titles.some((t) => t.id === linked);
  return (
    <div className="stack stack--tight iv-bank-link">
      <label htmlFor={id}>Told from the candidate’s story bank</label>
      <select
        id={id}
        value={known ? linked! : ''}
        disabled={locked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onEdit({ op: 'setStoryBankLink', storyId, bankStoryId: e.target.value || null })}
      >
        <option value="">Not from the bank (or not sure)</option>
        {titles.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title || 'Untitled story'}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-muted">
        {known ? `Story ${number} is told from the bank: “${titles.find((t) => t.id === linked)!.title}”.` : 'You see titles only; the debrief compares the telling with what was prepared.'}
      </p>
    </div>
  );
}
