/**
 * One animation-frame loop for every live screen: each frame reads the synced server time
 * once and hands it to all subscribers, so the countdown, warnings and break timer on a page
 * agree to the millisecond. It runs only while the page is visible and someone listens; when
 * the page becomes visible (or hidden) subscribers get an immediate frame, so nothing waits
 * for the next animation frame to catch up after a tab switch.
 */
import { serverNow } from './clockSync';

type FrameListener = (now: number) => void;

const listeners = new Set<FrameListener>();
let frame: number | null = null;
let watchingVisibility = false;

function tick(): void {
  frame = null;
  emit();
  schedule();
}

function emit(): void {
  const now = serverNow();
  for (const listener of listeners) listener(now);
}

function schedule(): void {
  if (frame === null && listeners.size > 0 && document.visibilityState === 'visible') {
    frame = requestAnimationFrame(tick);
  }
}

function onVisibilityChange(): void {
  emit();
  schedule();
}

/** Calls `listener` with the server's time on every frame while visible; returns the unsubscribe. */
export function onFrame(listener: FrameListener): () => void {
  listeners.add(listener);
  if (!watchingVisibility) {
    watchingVisibility = true;
    document.addEventListener('visibilitychange', onVisibilityChange);
  }
  listener(serverNow());
  schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && frame !== null) {
      cancelAnimationFrame(frame);
      frame = null;
    }
  };
}
