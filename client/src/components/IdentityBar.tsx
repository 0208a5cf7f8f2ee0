import { lazy, Suspense } from 'react';
import { useLocation } from 'wouter';
import { useAllIdentities } from '../session/tokens';

// Most people hold one link per loop and never see the bar: its code loads only when shown.
const LoopIdentityBar = lazy(() => import('./LoopIdentityBar'));

const LOOP_PATH = /^\/loops\/([0-9a-f-]{36})(?:\/|$)/i;

/**
 * "You are X in loop Y", on every page of a loop for which this browser holds more than one
 * link, with a switcher. Switching changes this tab only, and only when the person asks.
 */
export function IdentityBar() {
  const [pathname] = useLocation();
  const loopId = LOOP_PATH.exec(pathname)?.[1];
  const held = useAllIdentities().filter((identity) => identity.loopId === loopId);
  if (!loopId || held.length < 2) return null;
  return (
    <Suspense fallback={null}>
      <LoopIdentityBar loopId={loopId} held={held} />
    </Suspense>
  );
}
