/**
 * React's view of the live store. `useLiveFeed` keeps the store fed while a screen is open;
 * the selectors re-render only when their slice changes.
 */
import type { ClockState, PresenceEntry } from '@mockloop/shared';
import { useEffect, useSyncExternalStore } from 'react';
import { holdLiveFeed } from './liveFeed';
import { liveStore, type LiveState } from './liveStore';

/** Feeds the live store for this loop while the calling component is mounted. */
export function useLiveFeed(loopId: string): void {
  useEffect(() => holdLiveFeed(loopId), [loopId]);
}

function useLiveSlice<T>(select: (state: LiveState) => T): T {
  return useSyncExternalStore(liveStore.subscribe, () => select(liveStore.getState()));
}

/** Whether the first snapshot of the open loop has arrived. */
export function useLiveReady(): boolean {
  return useLiveSlice((state) => state.ready);
}

/** A round's clock as the server last told us, or undefined before we know. */
export function useRoundClock(roundId: string): ClockState | undefined {
  return useLiveSlice((state) => state.clocks[roundId]);
}

/** Every round's clock, keyed by roundId. */
export function useLiveClocks(): Readonly<Record<string, ClockState>> {
  return useLiveSlice((state) => state.clocks);
}

export function usePresence(): readonly PresenceEntry[] {
  return useLiveSlice((state) => state.presence);
}

/** The question shown on the candidate's screen for a round, or null. */
export function useShownQuestion(roundId: string): string | null {
  return useLiveSlice((state) => state.shownQuestions[roundId] ?? null);
}
