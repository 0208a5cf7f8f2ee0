import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { groupsApi } from '../api/groups';
import { isApiError } from '../api/http';
import { MemberBank } from '../features/bank/MemberBank';
import { AvailabilityEditor } from '../features/group/AvailabilityEditor';
import { CalendarDownload } from '../features/group/CalendarDownload';
import { MemberReports } from '../features/group/MemberReports';
import { NoGroupLink } from '../features/group/NoGroupLink';
import { SeatList } from '../features/group/SeatList';
import { useGroupToken } from '../features/group/useGroupToken';
import '../features/loop-setup/loop-setup.css';
import '../features/group/group.css';

/** What a member link opens: their loops in every role, their times, progress and calibration. */
export default function MemberHomePage() {
  const { groupId = '' } = useParams();
  const token = useGroupToken(groupId, 'member');
  const home = useQuery({ queryKey: ['group-home', groupId], queryFn: () => groupsApi.home(groupId, token ?? ''), enabled: token !== null });
  if (!token) return <NoGroupLink />;
  if (home.isError) {
    return (
      <section className="stack loop-problem">
        <title>Your group — MockLoop</title>
        <h1>Your home could not be opened</h1>
        <p role="alert">{isApiError(home.error) ? home.error.message : 'Try again in a moment.'}</p>
      </section>
    );
  }
  if (!home.data) return <p role="status">Loading your home…</p>;
  const { member, group, seats, members, availability } = home.data;
  return (
    <>
      <title>{`${member.name} · ${group.name} — MockLoop`}</title>
      <div className="stack stack--loose group-page">
        <header className="stack--tight">
          <p className="loop-eyebrow">{group.name}</p>
          <h1>Hello, {member.name}</h1>
        </header>
        <section className="stack" aria-labelledby="seats-title">
          <h2 id="seats-title">Your loops</h2>
          <SeatList groupId={groupId} token={token} seats={seats} timeZone={member.timeZone} />
          {seats.length > 0 && <CalendarDownload groupId={groupId} token={token} />}
        </section>
        <MemberReports groupId={groupId} memberId={member.id} token={token} timeZone={member.timeZone} own />
        <MemberBank groupId={groupId} token={token} />
        <section className="stack" aria-labelledby="times-title">
          <h2 id="times-title">When you can make it</h2>
          <p className="text-muted">Mark the times you are free; the organizer's planner proposes loop dates that fit everyone in each loop.</p>
          <AvailabilityEditor groupId={groupId} token={token} timeZone={member.timeZone} slots={availability} />
        </section>
        <section className="stack" aria-labelledby="group-title">
          <h2 id="group-title">The group</h2>
          <ul className="group-member-links">
            {members
              .filter((m) => m.id !== member.id)
              .map((m) => (
                <li key={m.id}>
                  <Link to={`/groups/${groupId}/members/${m.id}`}>{m.name}</Link>
                </li>
              ))}
          </ul>
        </section>
      </div>
    </>
  );
}
