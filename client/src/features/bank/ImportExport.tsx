import type { BankFormat } from '@mockloop/shared/bank/contract';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { bankApi } from '../../api/bank';
import { isApiError } from '../../api/http';
import { saveFile } from '../../lib/save-file';

/** Import adds stories from a Markdown or JSON export; export saves the bank as a file. */
export function ImportExport({ ownerToken, whenSaved, onImported }: { ownerToken: string; whenSaved: () => Promise<void>; onImported: () => void }) {
  const [format, setFormat] = useState<BankFormat>('markdown');
  const [text, setText] = useState('');
  const ids = { format: useId(), text: useId() };
  const importing = useMutation({
    mutationFn: async () => (await whenSaved(), bankApi.import(ownerToken, format, text)),
    onSuccess: () => {
      setText('');
      onImported();
    },
  });
  const download = async (as: BankFormat) => {
    await whenSaved();
    const file = await bankApi.export(ownerToken, as);
    saveFile(new Blob([file.text], { type: as === 'json' ? 'application/json' : 'text/markdown' }), file.fileName);
  };
  const errors = importing.error && isApiError(importing.error) ? ((importing.error.details as { errors?: string[] } | undefined)?.errors ?? [importing.error.message]) : [];
  return (
    <section className="card stack" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Import and export</h2>
      <p>
        <button type="button" className="button" onClick={() => void download('markdown')}>
          Export as Markdown
        </button>{' '}
        <button type="button" className="button" onClick={() => void download('json')}>
          Export as JSON
        </button>
      </p>
      <form className="stack stack--tight" onSubmit={(e) => (e.preventDefault(), importing.mutate())}>
        <label htmlFor={ids.format}>Import format</label>
        <select id={ids.format} value={format} onChange={(e) => setFormat(e.target.value as BankFormat)}>
          <option value="markdown">Markdown</option>
          <option value="json">JSON</option>
        </select>
        <label htmlFor={ids.text}>Paste an export to add its stories</label>
        <textarea id={ids.text} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        <p>
          <button type="submit" className="button" disabled={!text.trim() || importing.isPending}>
            Import stories
          </button>
        </p>
      </form>
      <div aria-live="polite">
        {importing.data ? <p>Added {importing.data.added} stories.</p> : null}
        {errors.length ? (
          <div className="loop-inline-error" role="alert">
            <p>Nothing was imported:</p>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
