import { lazy, Suspense, type ReactNode } from 'react';
import { useTabIdentity } from '../../session/tokens';
import { LinkProblem } from './linkProblemKind';

// Asked only in a new tab of a browser holding several links for the loop: loaded when asked.
const ChooseIdentity = lazy(() => import('./ChooseIdentity'));

/**
 * Renders a loop page with the token of the person this tab is in that loop. A tab that
 * has not chosen yet, in a browser holding several links for the loop, asks who it is.
 */
export function TabIdentityGate({ loopId, children }: { loopId: string; children: (token: string) => ReactNode }) {
  const tab = useTabIdentity(loopId);
  if (tab.kind === 'none') return <LinkProblem kind="no-token" />;
  if (tab.kind === 'choose') {
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <ChooseIdentity loopId={loopId} held={tab.identities} />
      </Suspense>
    );
  }
  return children(tab.identity.token);
}
