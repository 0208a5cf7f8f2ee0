import { useEffect, useEffectEvent } from 'react';

/** Elements whose own keys must win: typing in a field, pressing a focused button or link. */
const OWN_KEYS = 'input, textarea, select, button, a[href], summary, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="textbox"], [role="combobox"], [role="slider"], [role="menuitem"]';

/** Whether a key press is meant for the page, not for a field or control that has focus. */
function isForThePage(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target;
  return !(target instanceof Element && target.closest(OWN_KEYS));
}

type ClockShortcut = 'toggle' | 'extend';

/**
 * Space pauses or resumes, "+" adds a minute; only while nothing that takes keys has focus,
 * so typing notes or pressing a focused button never touches the clock.
 */
export function useClockShortcuts(enabled: boolean, onShortcut: (shortcut: ClockShortcut) => void): void {
  const handle = useEffectEvent(onShortcut);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isForThePage(event)) return;
      const shortcut: ClockShortcut | null =
        event.key === ' ' ? 'toggle' : event.key === '+' || event.key === '=' ? 'extend' : null;
      if (!shortcut) return;
      event.preventDefault(); // Space would otherwise scroll the page
      handle(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
