import { tokenFromFragment } from '@mockloop/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { loopsApi } from '../api/loops';
import { LinkProblem, linkProblemOf } from '../features/loop/linkProblemKind';
import { loopKey, loopViewQuery } from '../features/loop/queries';
import { identities, identityFromView } from '../session/tokens';

/**
 * `/join#token=...`: the only page that reads a token from the address. It takes the token
 * out of the address bar at once (so it is not left in history, bookmarks or screenshots),
 * checks it with the server, keeps it beside any other link this browser holds, makes it this
 * tab's identity in the loop and moves on to the loop's page.
 */
export default function JoinPage() {
  // Read once: the fragment is gone from the address bar after the first effect.
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);

  const session = useQuery({
    queryKey: ['session', token],
    queryFn: () => loopsApi.session(token ?? ''),
    enabled: token !== null,
    staleTime: 0,
    gcTime: 0,
  });

  const who = session.data;
  useEffect(() => {
    if (!who || !token) return;
    let cancelled = false;
    const { loopId, viewer } = who;
    // Opening a link in a tab is the person saying who this tab is; other tabs keep theirs.
    const before = identities().forTab(loopId);
    if (before.kind === 'chosen' && before.identity.participantId !== viewer.participantId) {
      // What this tab cached for the loop was someone else's view of it.
      queryClient.removeQueries({ queryKey: loopKey(loopId) });
    }
    const identity = { loopId, participantId: viewer.participantId, token, name: viewer.name, role: viewer.role, isBarRaiser: viewer.isBarRaiser };
    identities().remember({ ...identity, roundPosition: null, candidateName: null }, true);
    // Loading the view before navigating means the loop page opens complete, with no flash
    // of a loading screen; if this fails, the loop page shows the error itself.
    void queryClient
      .fetchQuery({ ...loopViewQuery(loopId, token), staleTime: 0 })
      .then((view) => identities().remember(identityFromView(view, token), true))
      .catch(() => undefined)
      .then(() => {
        if (!cancelled) navigate(`/loops/${loopId}`, { replace: true });
      });
    return () => {
      cancelled = true;
    };
  }, [who, token, navigate, queryClient]);

  if (token === null) {
    return <NoTokenInLink />;
  }
  if (session.isError) {
    return <LinkProblem kind={linkProblemOf(session.error)} onRetry={() => void session.refetch()} />;
  }
  return (
    <section className="stack" aria-labelledby="join-title" aria-busy="true">
      <title>Opening your loop — MockLoop</title>
      <h1 id="join-title">Opening your loop…</h1>
      <p className="lead" role="status">
        Checking your link.
      </p>
    </section>
  );
}

function NoTokenInLink() {
  return (
    <section className="stack loop-problem" aria-labelledby="join-title">
      <title>This link is incomplete — MockLoop</title>
      <h1 id="join-title">This link is incomplete</h1>
      <p className="lead" role="alert">
        The address has no invite token in it. Copy the whole link from the message you were sent
        (it ends with “#token=” and a long code), or ask the organizer to send it again.
      </p>
      <p>
        <Link to="/" className="button">
          Go to the home page
        </Link>
      </p>
    </section>
  );
}
