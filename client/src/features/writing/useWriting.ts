/**
 * The candidate's exercise on the app's socket: `writing:open` on every (re)connect,
 * `writing:patch` for the autosave, other tabs' `writing:patched`, a fresh open after
 * `writing:changed` (started, submitted, locked), and the start and submit commands.
 */
import { useAutosave, useAutosaveCommand, type AutosaveChannel, type TimedSocket } from '../../autosave/useAutosave';
import { WRITING, type WritingAutosave, type WritingTypes } from './autosave';

const CHANNEL: AutosaveChannel<WritingTypes> = {
  open: (socket, loopId) => socket.emitWithAck('writing:open', { loopId }),
  send: (socket, patch) => socket.emitWithAck('writing:patch', patch),
  listen(socket, on) {
    const changed = (fact: { exerciseId: string }) => on.changed(fact.exerciseId);
    socket.on('writing:patched', on.patched);
    socket.on('writing:changed', changed);
    return () => {
      socket.off('writing:patched', on.patched);
      socket.off('writing:changed', changed);
    };
  },
};

export const useWriting = (loopId: string) => useAutosave(WRITING, CHANNEL, loopId);

const WORDS = { loading: 'The exercise is still loading.', offline: 'You are offline. Your text is kept here; try again once the page reconnects.' };
const start = (socket: TimedSocket, exerciseId: string) => socket.emitWithAck('writing:start', { exerciseId });
const submit = (socket: TimedSocket, exerciseId: string) => socket.emitWithAck('writing:submit', { exerciseId });
const START = { waitForSaved: false, words: WORDS };
const SUBMIT = { waitForSaved: true, words: WORDS };

/** Starts the timed exercise's clock. */
export const useStartWriting = (autosave: WritingAutosave | null) => useAutosaveCommand(autosave, start, START);

/** Waits for every change to be stored, then submits the text. */
export const useSubmitWriting = (autosave: WritingAutosave | null) => useAutosaveCommand(autosave, submit, SUBMIT);
