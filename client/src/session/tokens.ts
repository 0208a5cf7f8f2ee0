/**
 * The identities this browser holds in loops, as pages and hooks use them (`identities.ts`
 * keeps the rules). Another tab's changes reach this tab's list through `storage` events, but
 * never its choice of identity: that sits in this tab's sessionStorage.
 */
import type { LoopView, ParticipantLink } from '@mockloop/shared/loop/view';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { IDENTITIES_STORAGE_KEY, Identities, type Identity, type TabIdentity } from './identities';

export type { Identity, TabIdentity };

let store: Identities | null = null;

/** The browser's identities (created on first use, so modules load without a DOM). */
export function identities(): Identities {
  store ??= new Identities(localStorage, sessionStorage);
  return store;
}

function subscribe(onChange: () => void): () => void {
  const unsubscribe = identities().subscribe(onChange);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === IDENTITIES_STORAGE_KEY || event.key.startsWith('mockloop:token:')) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
  };
}

/** Who this tab is in a loop, re-read when this tab or another changes the list. */
export function useTabIdentity(loopId: string): TabIdentity {
  const snapshot = useSyncExternalStore(subscribe, () => identities().snapshot(loopId));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the snapshot is what changes
  return useMemo(() => identities().forTab(loopId), [loopId, snapshot]);
}

/** Every identity held in this browser, kept current across tabs. */
export function useAllIdentities(): Identity[] {
  const raw = useSyncExternalStore(subscribe, () => localStorage.getItem(IDENTITIES_STORAGE_KEY) ?? '');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the raw list is what changes
  return useMemo(() => identities().list(), [raw]);
}

/** An identity from a link the server just handed out (a new loop, a demo, a group seat). */
export function identityFromLink(loopId: string, link: ParticipantLink, candidateName: string | null): Identity {
  return {
    loopId,
    participantId: link.participantId,
    token: link.token,
    name: link.name,
    role: link.role,
    isBarRaiser: link.isBarRaiser ?? false,
    roundPosition: link.roundPosition,
    candidateName,
  };
}

/** An identity as the loop describes its viewer: the freshest names, and who a legacy token was. */
export function identityFromView(view: LoopView, token: string): Identity {
  const round = view.rounds.find((r) => r.id === view.viewer.roundId);
  return {
    loopId: view.loop.id,
    participantId: view.viewer.participantId,
    token,
    name: view.viewer.name,
    role: view.viewer.role,
    isBarRaiser: view.viewer.isBarRaiser,
    roundPosition: round?.position ?? null,
    candidateName: view.loop.candidateName,
  };
}

/**
 * Keeps this tab's identity in step with the loop it reads: names and round as they are now,
 * and a token from before several identities becomes a full identity of this tab.
 */
export function useKeepIdentity(view: LoopView | undefined, token: string): void {
  useEffect(() => {
    if (view) identities().remember(identityFromView(view, token), true);
  }, [view, token]);
}
