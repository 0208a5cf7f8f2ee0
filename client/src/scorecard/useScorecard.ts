/**
 * The interviewer's scorecard for a round on the app's socket: `scorecard:open` on every
 * (re)connect, `scorecard:patch` for the autosave, other tabs' `scorecard:patched`, a fresh
 * open after `scorecard:submitted`, and the submit once every change is stored.
 */
import { useAutosave, useAutosaveCommand, type AutosaveChannel, type TimedSocket } from '../autosave/useAutosave';
import { SCORECARD, type ScorecardAutosave, type ScorecardTypes } from './autosave';

const CHANNEL: AutosaveChannel<ScorecardTypes> = {
  open: (socket, roundId) => socket.emitWithAck('scorecard:open', { roundId }),
  send: (socket, patch) => socket.emitWithAck('scorecard:patch', patch),
  listen(socket, on) {
    const submitted = (fact: { scorecardId: string }) => on.changed(fact.scorecardId);
    socket.on('scorecard:patched', on.patched);
    socket.on('scorecard:submitted', submitted);
    return () => {
      socket.off('scorecard:patched', on.patched);
      socket.off('scorecard:submitted', submitted);
    };
  },
};

export const useScorecard = (roundId: string) => useAutosave(SCORECARD, CHANNEL, roundId);

const submit = (socket: TimedSocket, scorecardId: string) => socket.emitWithAck('scorecard:submit', { scorecardId });
const SUBMIT = {
  waitForSaved: true,
  words: { loading: 'The scorecard is still loading.', offline: 'You are offline. Your changes are kept here; submit once the page reconnects.' },
};

/** Waits for every change to be stored, then asks the server to check and lock the scorecard. */
export const useSubmitScorecard = (autosave: ScorecardAutosave | null) => useAutosaveCommand(autosave, submit, SUBMIT);
