import type { DataPointSuggestion } from '@mockloop/shared/scorecard/data-points';
import type { BankStory } from '@mockloop/shared/bank/values';
import { useEffect, useState } from 'react';
import { bankApi } from '../../api/bank';

const SETTLE_MS = 800;

export type BankReading = { suggestions: DataPointSuggestion[] | null; problem: string | null };

/**
 * What the server's checker reads from a story's STAR text as data points, asked again a
 * moment after the text stops changing and is saved (the checker reads the saved text and
 * runs only on the server). Suggestions are null until the first answer.
 */
export function useBankSuggestions(ownerToken: string, story: BankStory, whenSaved: () => Promise<void>, enabled: boolean): BankReading {
  const [reading, setReading] = useState<BankReading>({ suggestions: null, problem: null });
  const text = [story.situation, story.task, story.action, story.result];
  const key = JSON.stringify(text);

  useEffect(() => {
    if (!enabled) return;
    if (text.every((t) => t.trim() === '')) return setReading({ suggestions: [], problem: null });
    let stale = false;
    const timer = setTimeout(async () => {
      await whenSaved();
      if (stale) return;
      try {
        const answer = await bankApi.suggest(ownerToken, story.id);
        if (!stale) setReading({ suggestions: answer.suggestions, problem: null });
      } catch (error) {
        if (!stale) setReading((r) => ({ ...r, problem: error instanceof Error ? error.message : 'Your text could not be read.' }));
      }
    }, SETTLE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // The text (as one key) is what matters; the rest are stable for a story.
  }, [key, enabled, ownerToken, story.id]);

  return reading;
}
