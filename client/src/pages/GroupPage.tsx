import { useQuery } from '@tanstack/react-query';
import { useParams } from 'wouter';
import { groupsApi } from '../api/groups';
import { isApiError } from '../api/http';
import { CalendarDownload } from '../features/group/CalendarDownload';
import { GroupLoops } from '../features/group/GroupLoops';
import { MembersPanel } from '../features/group/MembersPanel';
import { NoGroupLink } from '../features/group/NoGroupLink';
import { ReliabilityTable } from '../features/group/ReliabilityTable';
import { SeriesPlanner } from '../features/group/SeriesPlanner';
import { useGroupToken } from '../features/group/useGroupToken';
import '../features/loop-setup/loop-setup.css';
import '../features/group/group.css';

/** The organizer's group page: members, planning a series, the loops, reliability. */
export default function GroupPage() {
  const { groupId = '' } = useParams();
  const token = useGroupToken(groupId, 'organizer');
  const view = useQuery({ queryKey: ['group', groupId], queryFn: () => groupsApi.view(groupId, token ?? ''), enabled: token !== null });
  if (!token) return <NoGroupLink />;
  if (view.isError) {
    return (
      <section className="stack loop-problem">
        <title>Group — MockLoop</title>
        <h1>This group could not be opened</h1>
        <p role="alert">{isApiError(view.error) ? view.error.message : 'Try again in a moment.'}</p>
      </section>
    );
  }
  if (!view.data) return <p role="status">Loading the group…</p>;
  const group = view.data;
  return (
    <>
      <title>{`${group.name} — MockLoop`}</title>
      <div className="stack stack--loose group-page">
        <header className="stack--tight">
          <p className="loop-eyebrow">Peer group · organized by {group.organizerName}</p>
          <h1>{group.name}</h1>
        </header>
        <MembersPanel groupId={groupId} token={token} members={group.members} />
        <SeriesPlanner groupId={groupId} token={token} members={group.members} />
        <GroupLoops group={group} token={token} />
        {group.loops.length > 0 && <CalendarDownload groupId={groupId} token={token} />}
        <ReliabilityTable groupId={groupId} token={token} />
      </div>
    </>
  );
}
