/**
 * Excalidraw 0.18 leaves two controls hard for screen readers: the main-menu trigger is an
 * icon button with no accessible name, and the zoom button shows "100%" while its name says
 * "Reset zoom" (voice-control users say what they see). Until the library fixes them, name
 * them ourselves whenever Excalidraw (re)renders them. Returns the cleanup.
 */
const NAMES: ReadonlyArray<readonly [selector: string, name: (button: HTMLElement) => string]> = [
  ['.dropdown-menu-button', () => 'Whiteboard menu'],
  ['.reset-zoom-button', (button) => `${button.textContent?.trim() ?? ''} zoom, reset`.trim()],
];

export function nameExcalidrawButtons(root: HTMLElement): () => void {
  const label = () => {
    for (const [selector, name] of NAMES) {
      root.querySelectorAll<HTMLElement>(selector).forEach((button) => {
        const wanted = name(button);
        if (button.getAttribute('aria-label') !== wanted) button.setAttribute('aria-label', wanted);
      });
    }
  };
  label();
  const observer = new MutationObserver(label);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
