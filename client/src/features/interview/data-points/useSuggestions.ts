import type { DataPointSuggestion, DataPointSuggestions } from '@mockloop/shared/scorecard/data-points';
import type { StoryCard } from '@mockloop/shared/scorecard/draft';
import { useEffect, useState } from 'react';
import { getSocket } from '../../../api/socket';

const SETTLE_MS = 800;
const ANSWER_MS = 5000;

/**
 * The server's suggestions for one story, asked again a moment after its STAR text stops
 * changing and is saved (the checker reads the saved notes; it runs only on the server).
 * Null until the first answer.
 */
export function useSuggestions(scorecardId: string, story: StoryCard, whenSaved: () => Promise<void>, enabled: boolean): DataPointSuggestion[] | null {
  return useSuggestionAnswer(scorecardId, story, whenSaved, enabled)?.suggestions ?? null;
}

/** The whole answer: data point suggestions and, while the candidate shares titles, the bank story it likely retells. */
export function useSuggestionAnswer(scorecardId: string, story: StoryCard, whenSaved: () => Promise<void>, enabled: boolean): DataPointSuggestions | null {
  const [suggestions, setSuggestions] = useState<DataPointSuggestions | null>(null);
  const text = [story.situation, story.task, story.action, story.result];
  const key = JSON.stringify(text);

  useEffect(() => {
    if (!enabled) return;
    if (text.every((t) => t.trim() === '')) return setSuggestions({ storyId: story.id, suggestions: [], bankStory: null });
    let stale = false;
    const timer = setTimeout(async () => {
      await whenSaved();
      const socket = getSocket();
      if (stale || !socket.connected) return;
      try {
        const ack = await socket.timeout(ANSWER_MS).emitWithAck('scorecard:suggest', { scorecardId, storyId: story.id });
        if (!stale && ack.ok) setSuggestions(ack.data);
      } catch {
        // No answer in time: the suggestions stay as they were; the next edit asks again.
      }
    }, SETTLE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // The text (as one key) is what matters; the rest are stable for a story.
  }, [key, enabled, scorecardId, story.id, story.bankStoryId]);

  return suggestions;
}
