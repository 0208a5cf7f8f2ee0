import { useLiveState } from './useLiveLoop';

/** A quiet line saying whether the page updates by itself; polite, so it never interrupts. */
export function LiveStatus() {
  const state = useLiveState();
  return (
    <p className={`loop-live loop-live--${state}`} role="status">
      <span className="loop-live__dot" aria-hidden="true" />
      {state === 'connected' ? 'Updates live' : 'Reconnecting… the page catches up when the connection is back'}
    </p>
  );
}
