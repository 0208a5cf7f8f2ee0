import { tokenFromFragment } from '@mockloop/shared/loop/links';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { groupsApi } from '../api/groups';
import { isApiError } from '../api/http';
import { saveGroupToken } from '../session/groupTokens';

/**
 * `/group#token=...`: a member's or the organizer's group link. Like the loop join page it
 * takes the token out of the address bar at once, checks it, keeps it for this group and
 * moves on: the organizer to the group page, a member to their home.
 */
export default function GroupJoinPage() {
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [, navigate] = useLocation();
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);
  const session = useQuery({ queryKey: ['group-session', token], queryFn: () => groupsApi.session(token ?? ''), enabled: token !== null, staleTime: 0, gcTime: 0 });

  useEffect(() => {
    if (!session.data || !token) return;
    saveGroupToken(session.data.groupId, session.data.kind, token);
    navigate(session.data.kind === 'organizer' ? `/groups/${session.data.groupId}` : `/groups/${session.data.groupId}/me`, { replace: true });
  }, [session.data, token, navigate]);

  if (token === null || session.isError) {
    const revoked = isApiError(session.error) && session.error.status === 401;
    return (
      <section className="stack loop-problem" aria-labelledby="group-join-title">
        <title>This group link does not work — MockLoop</title>
        <h1 id="group-join-title">This group link does not work</h1>
        <p className="lead" role="alert">
          {token === null
            ? 'The address has no token in it. Copy the whole link (it ends with “#token=” and a long code).'
            : revoked
              ? 'This link is not valid any more. Ask the group organizer for a new one.'
              : 'The link could not be checked. Try again in a moment.'}
        </p>
        <p>
          <Link to="/" className="button">
            Go to the home page
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="group-join-title" aria-busy="true">
      <title>Opening your group — MockLoop</title>
      <h1 id="group-join-title">Opening your group…</h1>
      <p className="lead" role="status">
        Checking your link.
      </p>
    </section>
  );
}
