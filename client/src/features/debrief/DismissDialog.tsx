import type { BoardConflict } from '@mockloop/shared/debrief/board';
import { CONFLICT_KIND_LABELS } from '@mockloop/shared/debrief/labels';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { debriefApi } from '../../api/debrief';
import { commandError, useBoardCommand } from './useBoardCommand';

/**
 * The Bar Raiser's "Not a conflict…": a modal dialog asking for the reason before the flag is
 * dismissed (it cannot be taken back; the reason shows beside the flag for the whole panel).
 */
export function DismissButton({ conflict }: { conflict: BoardConflict }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const ids = useId();
  const command = useBoardCommand((l, t, body: Parameters<typeof debriefApi.dismiss>[2]) => debriefApi.dismiss(l, t, body));
  const error = commandError(command.error);

  useEffect(() => {
    if (command.isSuccess) dialog.current?.close();
  }, [command.isSuccess]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    command.mutate({ stories: conflict.stories, kind: conflict.kind, reason: reason.trim() });
  };

  return (
    <>
      <button type="button" ref={opener} className="button db-dismiss-open" onClick={() => dialog.current?.showModal()}>
        Not a conflict…
      </button>
      <dialog ref={dialog} className="db-dialog" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-what`} onClose={() => opener.current?.focus()}>
        <form className="stack" onSubmit={submit}>
          <h3 id={`${ids}-title`}>Dismiss this flag as not a conflict?</h3>
          <p id={`${ids}-what`}>
            {CONFLICT_KIND_LABELS[conflict.kind]}: <q>{conflict.phrases[0]}</q> vs <q>{conflict.phrases[1]}</q>. The panel will see your reason beside the flag, it
            leaves the candidate’s feedback, and it cannot be undone.
          </p>
          <label htmlFor={`${ids}-reason`} className="db-dialog__label">
            Why it is not a conflict
          </label>
          <textarea id={`${ids}-reason`} className="iv-input" rows={3} maxLength={500} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          {error ? (
            <p className="loop-inline-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="loop-actions">
            <button type="submit" className="button button--primary" disabled={command.isPending || reason.trim().length < 3}>
              Dismiss the flag
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Keep it
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
