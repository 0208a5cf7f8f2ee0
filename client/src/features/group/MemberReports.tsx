import { useQuery } from '@tanstack/react-query';
import { groupsApi } from '../../api/groups';
import { isApiError } from '../../api/http';
import { CalibrationView } from './CalibrationView';
import { HistoryView } from './HistoryView';

/** A member's history as candidate and, where the caller may see it, their calibration. */
export function MemberReports({ groupId, memberId, token, timeZone, own }: { groupId: string; memberId: string; token: string; timeZone: string; own: boolean }) {
  const history = useQuery({ queryKey: ['group', groupId, 'history', memberId], queryFn: () => groupsApi.history(groupId, memberId, token) });
  const calibration = useQuery({ queryKey: ['group', groupId, 'calibration', memberId], queryFn: () => groupsApi.calibration(groupId, memberId, token) });
  const hidden = isApiError(calibration.error) && calibration.error.status === 403;
  return (
    <>
      <section className="stack" aria-labelledby={`history-${memberId}`}>
        <h2 id={`history-${memberId}`}>{own ? 'Your progress as candidate' : 'As candidate'}</h2>
        {!own && <p className="text-muted">You see the loops whose published feedback you could read.</p>}
        {history.data ? <HistoryView history={history.data} timeZone={timeZone} /> : history.isError ? <p role="alert">The history could not be loaded.</p> : <p role="status">Loading…</p>}
      </section>
      <section className="stack" aria-labelledby={`calibration-${memberId}`}>
        <h2 id={`calibration-${memberId}`}>{own ? 'Your calibration as interviewer' : 'Calibration as interviewer'}</h2>
        {calibration.data ? (
          <CalibrationView calibration={calibration.data} timeZone={timeZone} />
        ) : hidden ? (
          <p className="text-muted">Calibration is visible only to the member and the organizer.</p>
        ) : calibration.isError ? (
          <p role="alert">The calibration could not be loaded.</p>
        ) : (
          <p role="status">Loading…</p>
        )}
      </section>
    </>
  );
}
