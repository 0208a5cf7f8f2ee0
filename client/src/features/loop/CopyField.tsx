import { useEffect, useId, useRef, useState } from 'react';

/**
 * A read-only field holding a link plus a Copy button. When the clipboard is not available
 * (an insecure origin, a refused permission) the text is selected so Ctrl+C still works.
 */
export function CopyField({ label, value }: { label: string; value: string }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<'idle' | 'copied' | 'select'>('idle');

  useEffect(() => {
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome('idle'), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      inputRef.current?.select();
      setOutcome('select');
    }
  }

  return (
    <div className="loop-copy">
      <label htmlFor={inputId} className="loop-copy__label">
        {label}
      </label>
      <div className="loop-copy__row">
        <input
          id={inputId}
          ref={inputRef}
          className="loop-copy__input"
          type="text"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="loop-copy__status" role="status">
        {outcome === 'copied' ? 'Copied to the clipboard.' : outcome === 'select' ? 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.' : ''}
      </p>
    </div>
  );
}
