import type { ActiveWarning } from '../../live/warnings';
import { useWarningSound } from '../../live/warnings';

/** The latest warning, big enough to catch from the corner of an eye; dismissible. */
export function WarningBanner({ warning, onDismiss }: { warning: ActiveWarning | null; onDismiss: () => void }) {
  if (!warning) return null;
  return (
    <div key={warning.id} className={`room-warning room-warning--${warning.kind}`}>
      <p className="room-warning__text">{warning.text}</p>
      <button type="button" className="button loop-button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** The beep is opt-in and remembered in this browser. */
export function SoundToggle() {
  const [enabled, setEnabled] = useWarningSound();
  return (
    <label className="room-sound">
      <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
      Beep on warnings
    </label>
  );
}
