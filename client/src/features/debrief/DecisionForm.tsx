import type { Decision } from '@mockloop/shared/scales';
import { useState } from 'react';
import { debriefApi } from '../../api/debrief';
import { commandError, useBoardCommand } from './useBoardCommand';

const MIN_RATIONALE = 10;

/** Hire or No Hire, with a rationale. A Bar Raiser's No Hire stands whatever the votes. */
export function DecisionForm() {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [rationale, setRationale] = useState('');
  const [tried, setTried] = useState(false);
  const command = useBoardCommand((l, t, input: { decision: Decision; rationale: string }) => debriefApi.decide(l, t, input.decision, input.rationale));
  const problem = !decision ? 'Choose Hire or No Hire.' : rationale.trim().length < MIN_RATIONALE ? 'Explain the decision in a sentence or two.' : null;
  const error = (tried && problem) || commandError(command.error);
  return (
    <form
      className="stack db-form"
      aria-labelledby="db-decide-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!problem && decision) command.mutate({ decision, rationale: rationale.trim() });
      }}
    >
      <h3 id="db-decide-title">Record the decision</h3>
      <fieldset className="db-fieldset">
        <legend>Decision</legend>
        <div className="db-choices db-choices--row">
          <label className="db-choice">
            <input type="radio" name="decision" value="hire" checked={decision === 'hire'} onChange={() => setDecision('hire')} /> Hire
          </label>
          <label className="db-choice">
            <input type="radio" name="decision" value="no-hire" checked={decision === 'no-hire'} onChange={() => setDecision('no-hire')} /> No Hire
          </label>
        </div>
      </fieldset>
      <div className="stack stack--tight">
        <label htmlFor="db-rationale" className="db-label">
          Rationale
        </label>
        <p id="db-rationale-hint" className="text-muted">
          Why, in a sentence or two. Your No Hire stands whatever the votes.
        </p>
        <textarea
          id="db-rationale"
          className="db-textarea"
          rows={3}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          aria-describedby="db-rationale-hint"
          aria-invalid={tried && rationale.trim().length < MIN_RATIONALE}
        />
      </div>
      <p>
        <button type="submit" className="button button--primary" disabled={command.isPending}>
          Record decision
        </button>
      </p>
      {error ? (
        <p className="loop-inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
