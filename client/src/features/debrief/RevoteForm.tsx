import type { BoardInterviewer } from '@mockloop/shared/debrief/board';
import { VOTE_LABELS, VOTES, type Vote } from '@mockloop/shared/scales';
import { useState } from 'react';
import { debriefApi } from '../../api/debrief';
import { commandError, useBoardCommand } from './useBoardCommand';

/** Keep or change your vote in the re-vote phase; the first vote stays on record. */
export function RevoteForm({ me }: { me: BoardInterviewer }) {
  const [choice, setChoice] = useState<Vote | null>(me.revote ?? me.initialVote);
  const command = useBoardCommand((l, t, vote: Vote) => debriefApi.revote(l, t, vote));
  const error = commandError(command.error);
  const keeping = choice !== null && choice === me.initialVote;
  return (
    <section className="card stack db-panel" aria-labelledby="db-revote-title">
      <h2 id="db-revote-title">Your vote</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (choice) command.mutate(choice);
        }}
      >
        <fieldset className="db-fieldset">
          <legend>
            Keep or change your vote. Your first vote
            {me.initialVote ? ` (${VOTE_LABELS[me.initialVote]})` : ''} stays on record beside the new one.
          </legend>
          <div className="db-choices">
            {VOTES.map((vote) => (
              <label key={vote} className="db-choice">
                <input type="radio" name="revote" value={vote} checked={choice === vote} onChange={() => setChoice(vote)} />
                {VOTE_LABELS[vote]}
                {vote === me.initialVote ? <span className="text-muted"> (first vote)</span> : null}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="loop-actions">
          <button type="submit" className="button button--primary" disabled={!choice || command.isPending}>
            {keeping ? 'Keep my vote' : 'Change my vote'}
          </button>
          {me.revote ? (
            <span role="status">Re-vote recorded: {VOTE_LABELS[me.revote]}.</span>
          ) : (
            <span className="text-muted">Not re-voted yet.</span>
          )}
        </p>
        {error ? (
          <p className="loop-inline-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
