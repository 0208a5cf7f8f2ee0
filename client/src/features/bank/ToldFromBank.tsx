import type { BankTitle } from '@mockloop/shared/bank/contract';
import type { StoryCard } from '@mockloop/shared/scorecard/draft';
import type { PatchOp } from '@mockloop/shared/scorecard/patch';
import { useId } from 'react';
import { useSuggestionAnswer } from '../interview/data-points/useSuggestions';

type Props = {
  scorecardId: string;
  story: StoryCard;
  number: number;
  titles: BankTitle[];
  locked: boolean;
  whenSaved: () => Promise<void>;
  onEdit: (op: PatchOp) => void;
};

/**
 * "Told from the bank: <title>": shown only while the candidate shares their bank's titles.
 * The interviewer picks the title, or accepts the one the server's checker suggests from the
 * notes (it reads the prepared text; the interviewer never does). The debrief then compares
 * this telling with the prepared story.
 */
export function ToldFromBank({ scorecardId, story, number, titles, locked, whenSaved, onEdit }: Props) {
  const id = useId();
  const linked = titles.find((t) => t.id === story.bankStoryId);
  const suggested = useSuggestionAnswer(scorecardId, story, whenSaved, !locked && !linked)?.bankStory ?? null;
  const link = (bankStoryId: string | null) => onEdit({ op: 'setStoryBankLink', storyId: story.id, bankStoryId });
  return (
    <div className="stack stack--tight iv-bank-link">
      <label htmlFor={id}>Told from the candidate’s story bank</label>
      <select id={id} value={linked?.id ?? ''} disabled={locked} aria-describedby={`${id}-hint`} onChange={(e) => link(e.target.value || null)}>
        <option value="">Not from the bank (or not sure)</option>
        {titles.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title || 'Untitled story'}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-muted" aria-live="polite">
        {linked
          ? `Story ${number} is told from the bank: “${linked.title}”.`
          : suggested
            ? `From the notes, this sounds like “${suggested.title}”.`
            : 'You see titles only; the debrief compares the telling with what was prepared.'}
      </p>
      {!linked && suggested && !locked ? (
        <p>
          <button type="button" className="button iv-button" onClick={() => link(suggested.id)}>
            Accept: told from “{suggested.title}”
          </button>
        </p>
      ) : null}
    </div>
  );
}
