import { TEXT_LIMITS } from '@mockloop/shared';
import { useLayoutEffect, useRef, type Ref } from 'react';

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  readOnly?: boolean;
  rows?: number;
  maxLength?: number;
  /** A single line (an input) instead of a growing textarea. */
  singleLine?: boolean;
  className?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
};

const supportsFieldSizing = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * A labelled text field. Textareas grow with their text (CSS `field-sizing` where supported,
 * else measured), so nobody scrolls inside a box while the candidate talks.
 */
export function TextField({ id, label, value, onChange, hint, readOnly = false, rows = 3, singleLine = false, className, inputRef, ...rest }: TextFieldProps) {
  // The server's limits, so a change is never refused for length after it was typed.
  const maxLength = rest.maxLength ?? (singleLine ? TEXT_LIMITS.shortText : TEXT_LIMITS.longText);
  const hintId = hint ? `${id}-hint` : undefined;
  const own = useRef<HTMLTextAreaElement | null>(null);

  useLayoutEffect(() => {
    const el = own.current;
    if (!el || supportsFieldSizing) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);

  const setRefs = (el: HTMLTextAreaElement | null) => {
    own.current = el;
    if (typeof inputRef === 'function') inputRef(el);
    else if (inputRef) inputRef.current = el;
  };

  return (
    <div className={`iv-field ${className ?? ''}`}>
      <label htmlFor={id} className="iv-field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="iv-field__hint">
          {hint}
        </p>
      ) : null}
      {singleLine ? (
        <input
          id={id}
          type="text"
          className="iv-input"
          value={value}
          readOnly={readOnly}
          maxLength={maxLength}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <textarea
          id={id}
          ref={setRefs}
          className="iv-input iv-input--grow"
          value={value}
          rows={rows}
          readOnly={readOnly}
          maxLength={maxLength}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
