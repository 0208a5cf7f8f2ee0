import { getSocket } from '../../api/socket';

const COMMAND_TIMEOUT_MS = 10_000;

type ShowOutcome = { ok: true } | { ok: false; message: string };

/** Puts a question on the candidate's screen, or clears it with null. */
export async function showQuestion(roundId: string, text: string | null): Promise<ShowOutcome> {
  const socket = getSocket();
  if (!socket.connected) return { ok: false, message: 'You are offline, so the candidate’s screen did not change.' };
  try {
    const ack = await socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('question:show', { roundId, text });
    return ack.ok ? { ok: true } : { ok: false, message: ack.error.message };
  } catch {
    return { ok: false, message: 'The server did not answer in time. Try again.' };
  }
}
