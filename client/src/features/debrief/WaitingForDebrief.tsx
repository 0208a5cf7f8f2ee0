import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { debriefApi } from '../../api/debrief';
import { isApiError } from '../../api/http';
import { debriefKey } from './queries';
import { useDebriefSession } from './session';
import { commandError } from './useBoardCommand';

/**
 * Before the debrief opens. Interviewers wait (the page updates by itself); the Bar Raiser
 * opens it, and when the server names missing scorecards, may open early with a reason.
 */
export function WaitingForDebrief() {
  const { isBarRaiser, candidateName } = useDebriefSession();
  return (
    <section className="stack" aria-labelledby="db-waiting-title">
      <title>{`Debrief not open yet — ${candidateName} — MockLoop`}</title>
      <p className="loop-eyebrow">Debrief</p>
      <h1 id="db-waiting-title">Waiting for scorecards</h1>
      <p className="lead">
        The debrief opens when every interviewer has submitted their scorecard{isBarRaiser ? ', or earlier if you give a reason' : ' and the Bar Raiser opens it'}.
        This page updates by itself.
      </p>
      {isBarRaiser ? <OpenDebrief /> : (
        <p className="text-muted">
          Only the Bar Raiser sees whose scorecards are still missing. Submit yours if you have not yet; you then read everyone’s here.
        </p>
      )}
    </section>
  );
}

function OpenDebrief() {
  const { loopId, token } = useDebriefSession();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [needsReason, setNeedsReason] = useState(false);
  const open = useMutation({
    mutationFn: (why: string | undefined) => debriefApi.open(loopId, token, why),
    onSuccess: (board) => queryClient.setQueryData(debriefKey(loopId), board),
    // The server answers 409 naming who is missing when a reason is needed.
    onError: (error) => {
      if (isApiError(error) && error.status === 409) setNeedsReason(true);
    },
  });
  const error = commandError(open.error);
  return (
    <form
      className="card stack"
      aria-labelledby="db-open-title"
      onSubmit={(event) => {
        event.preventDefault();
        open.mutate(needsReason ? reason.trim() || undefined : undefined);
      }}
    >
      <h2 id="db-open-title">Open the debrief</h2>
      {error ? (
        <p className="loop-notice loop-notice--warning" role="alert">
          {error}
        </p>
      ) : (
        <p>Opening it shows every submitted scorecard to the panel. Missing scorecards are marked on the board.</p>
      )}
      {needsReason ? (
        <div className="stack stack--tight">
          <label htmlFor="db-open-reason" className="db-label">
            Reason to open early
          </label>
          <textarea id="db-open-reason" className="db-textarea" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
        </div>
      ) : null}
      <p>
        <button type="submit" className="button button--primary" disabled={open.isPending || (needsReason && !reason.trim())}>
          {needsReason ? 'Open early with this reason' : 'Open the debrief'}
        </button>
      </p>
    </form>
  );
}
