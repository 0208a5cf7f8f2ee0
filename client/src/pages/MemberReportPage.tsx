import { useQuery } from '@tanstack/react-query';
import { useParams } from 'wouter';
import { groupsApi } from '../api/groups';
import { MemberReports } from '../features/group/MemberReports';
import { NoGroupLink } from '../features/group/NoGroupLink';
import { useGroupToken } from '../features/group/useGroupToken';
import { browserTimeZone } from '../features/loop-setup/timeZones';
import '../features/loop-setup/loop-setup.css';
import '../features/group/group.css';

/** One member's history (and calibration, for the organizer and the member themself). */
export default function MemberReportPage() {
  const { groupId = '', memberId = '' } = useParams();
  const token = useGroupToken(groupId, 'this-tab');
  const history = useQuery({ queryKey: ['group', groupId, 'history', memberId], queryFn: () => groupsApi.history(groupId, memberId, token ?? ''), enabled: token !== null });
  if (!token) return <NoGroupLink />;
  const name = history.data?.name ?? 'Member';
  return (
    <>
      <title>{`${name} — MockLoop`}</title>
      <div className="stack stack--loose group-page">
        <h1>{name}</h1>
        <MemberReports groupId={groupId} memberId={memberId} token={token} timeZone={browserTimeZone()} own={false} />
      </div>
    </>
  );
}
