const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * Focuses whichever of these elements comes first on the page: the first invalid field after
 * a failed Next, or the new step's heading. A group (fieldset, list item) hands focus to its first
 * invalid control, else its first control, or takes it itself when it has none.
 */
export function focusFirstInDocumentOrder(ids: readonly string[]): void {
  const elements = ids.map((id) => document.getElementById(id)).filter((element): element is HTMLElement => element !== null);
  elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = elements[0];
  if (!first) return;
  if (first.matches(FOCUSABLE)) return first.focus();
  const control = first.querySelector<HTMLElement>('[aria-invalid="true"]') ?? first.querySelector<HTMLElement>(FOCUSABLE);
  if (control) return control.focus();
  if (!first.hasAttribute('tabindex')) first.setAttribute('tabindex', '-1');
  first.focus();
}
