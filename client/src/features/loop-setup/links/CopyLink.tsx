import { useRef, useState } from 'react';

interface CopyLinkProps {
  id: string;
  url: string;
  /** Who the link is for, e.g. "Priya's link", used to label the field and the button. */
  label: string;
}

type CopyStatus = 'idle' | 'copied' | 'manual';

/**
 * A read-only field with the link and a Copy button. Where the Clipboard API is missing or
 * refused (plain http, an iframe, a denied permission), the link is selected instead so the
 * organizer can copy it with the keyboard.
 */
export function CopyLink({ id, url, label }: CopyLinkProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setStatus('manual');
    }
  }

  return (
    <div className="copy-link">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="input copy-link__url"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link<span className="visually-hidden"> for {label.replace(/^Link for /, '')}</span>
      </button>
      <span className="copy-link__status" role="status">
        {status === 'copied' ? 'Copied' : status === 'manual' ? `Selected: press ${shortcut()} to copy` : ''}
      </span>
    </div>
  );
}

function shortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘C' : 'Ctrl+C';
}
