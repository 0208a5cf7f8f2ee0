import type { Ack, LiveSnapshot, QuestionShown } from '@mockloop/shared';
import { useEffect, useState } from 'react';
import { getSocket } from '../../api/socket';
import { useSocketEvent } from '../../api/useSocketEvent';

const SNAPSHOT_TIMEOUT_MS = 10_000;

/**
 * The question the round's interviewer is showing the candidate (null when none). Read from a
 * `live:snapshot` on every (re)connect, since a `question:shown` sent while away is lost, then
 * kept current by the facts.
 */
export function useShownQuestion(roundId: string): string | null {
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    const socket = getSocket();
    let disposed = false;
    const read = async () => {
      try {
        const ack: Ack<LiveSnapshot> = await socket.timeout(SNAPSHOT_TIMEOUT_MS).emitWithAck('live:snapshot', {});
        if (!disposed && ack.ok) setText(ack.data.shownQuestions?.find((q) => q.roundId === roundId)?.text ?? null);
      } catch {
        // No answer: the next connect asks again, and facts keep arriving meanwhile.
      }
    };
    socket.on('connect', read);
    if (socket.connected) void read();
    return () => {
      disposed = true;
      socket.off('connect', read);
    };
  }, [roundId]);

  useSocketEvent('question:shown', (fact: QuestionShown) => {
    if (fact.roundId === roundId) setText(fact.text);
  });

  return text;
}

export type ShowOutcome = { ok: true } | { ok: false; message: string };

/** Puts a question on the candidate's screen, or clears it with null. */
export async function showQuestion(roundId: string, text: string | null): Promise<ShowOutcome> {
  const socket = getSocket();
  if (!socket.connected) return { ok: false, message: 'You are offline, so the candidate’s screen did not change.' };
  try {
    const ack = await socket.timeout(SNAPSHOT_TIMEOUT_MS).emitWithAck('question:show', { roundId, text });
    return ack.ok ? { ok: true } : { ok: false, message: ack.error.message };
  } catch {
    return { ok: false, message: 'The server did not answer in time. Try again.' };
  }
}
