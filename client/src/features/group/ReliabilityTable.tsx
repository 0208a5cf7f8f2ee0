import { useQuery } from '@tanstack/react-query';
import { groupsApi } from '../../api/groups';

/** Who opened their seat late or never, and late or missing scorecards: for the organizer only. */
export function ReliabilityTable({ groupId, token }: { groupId: string; token: string }) {
  const query = useQuery({ queryKey: ['group', groupId, 'reliability'], queryFn: () => groupsApi.reliability(groupId, token) });
  if (!query.data) return null;
  return (
    <section className="stack" aria-labelledby="reliability-title">
      <h2 id="reliability-title">Reliability</h2>
      <p className="text-muted">Only you see this. Late means they first entered their round's room more than {query.data.graceMinutes} minutes after it began (the candidate: any round of their loop).</p>
      <div className="group-table-wrap" tabIndex={0} role="region" aria-label="Reliability per member">
        <table className="loop-table">
          <caption className="visually-hidden">Reliability per member</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Seats</th>
              <th scope="col">Joined late</th>
              <th scope="col">Never joined</th>
              <th scope="col">Scorecards late</th>
              <th scope="col">Scorecards missing</th>
            </tr>
          </thead>
          <tbody>
            {query.data.members.map((row) => (
              <tr key={row.memberId}>
                <th scope="row">{row.name}</th>
                <td>{row.seats}</td>
                <td>{row.late}</td>
                <td>{row.never}</td>
                <td>{row.lateScorecards}</td>
                <td>{row.missingScorecards}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
