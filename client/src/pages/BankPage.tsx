import { applyBankOps } from '@mockloop/shared/bank/ops';
import type { BankPatchOp } from '@mockloop/shared/bank/contract';
import { emptyBankStory, MAX_BANK_STORIES, type BankStory } from '@mockloop/shared/bank/values';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { BankStoryEditor } from '../features/bank/BankStoryEditor';
import { createBankSaver, type SaveState } from '../features/bank/bankSaver';
import { CoverageTable } from '../features/bank/CoverageTable';
import { ImportExport } from '../features/bank/ImportExport';
import { ownerToken as storedToken, saveOwnerToken } from '../features/bank/ownerToken';
import { ownBankQuery } from '../features/bank/ownBankQuery';
import { SelfCheck } from '../features/bank/SelfCheck';
import '../features/bank/bank.css';

/** `/bank` (or `/bank#<owner token>`): the candidate's story bank, autosaved as they type. */
export default function BankPage() {
  const [token] = useState(() => {
    const fromLink = window.location.hash.replace(/^#/, '');
    if (/^[A-Za-z0-9_-]{20,200}$/.test(fromLink)) saveOwnerToken(fromLink);
    return storedToken();
  });
  useEffect(() => {
    // The owner link is a credential: it leaves the address bar (and history) at once.
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
    document.title = 'Your story bank · MockLoop';
  }, []);
  if (!token) {
    return (
      <main className="stack">
        <h1>Your story bank</h1>
        <p>Open your bank from its owner link, or create one from your loop page (as the candidate) or your group home.</p>
      </main>
    );
  }
  return <Bank ownerToken={token} />;
}

function Bank({ ownerToken }: { ownerToken: string }) {
  const queryClient = useQueryClient();
  const bank = useQuery(ownBankQuery(ownerToken));
  const [stories, setStories] = useState<BankStory[] | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const saver = useMemo(() => createBankSaver(ownerToken, setSaveState), [ownerToken]);
  useEffect(() => {
    if (bank.data) setStories(bank.data.stories);
  }, [bank.data]);

  if (bank.isError) return <p className="loop-inline-error" role="alert">Your story bank could not be opened: {bank.error.message}</p>;
  if (!stories) return <p role="status">Opening your story bank…</p>;

  const edit = (op: BankPatchOp, debounce = false) => {
    setStories((current) => applyBankOps(current ?? [], [op]));
    saver.edit(op, debounce);
  };
  const add = () => edit({ op: 'addStory', story: emptyBankStory(crypto.randomUUID()) });

  return (
    <main className="stack bank-page">
      <header className="stack stack--tight">
        <p className="loop-eyebrow">Preparation</p>
        <h1>Your story bank</h1>
        <p className="bank-save" role="status" aria-live="polite">
          {saveState === 'saved' ? 'All changes saved' : saveState === 'saving' ? 'Saving…' : saveState === 'offline' ? 'Offline: your changes will be saved when the server is back' : `Not saved: ${saveState.problem}`}
        </p>
      </header>
      <section className="stack" aria-labelledby="stories-title">
        <div className="loop-section-head">
          <h2 id="stories-title">Stories ({stories.length})</h2>
          <button type="button" className="button" onClick={add} disabled={stories.length >= MAX_BANK_STORIES}>
            Add a story
          </button>
        </div>
        {stories.length === 0 ? <p className="text-muted">Add a story, or import an export below.</p> : null}
        {stories.map((story, index) => (
          <BankStoryEditor key={story.id} ownerToken={ownerToken} story={story} number={index + 1} whenSaved={saver.whenSaved} onEdit={edit} />
        ))}
      </section>
      <CoverageTable stories={stories} />
      <SelfCheck ownerToken={ownerToken} stories={stories} whenSaved={saver.whenSaved} />
      <ImportExport ownerToken={ownerToken} whenSaved={saver.whenSaved} onImported={() => void queryClient.invalidateQueries({ queryKey: ownBankQuery(ownerToken).queryKey })} />
    </main>
  );
}
