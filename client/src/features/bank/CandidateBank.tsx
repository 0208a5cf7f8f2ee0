import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { bankApi } from '../../api/bank';
import { CopyField } from '../loop/CopyField';
import { ownerLinkOf, ownerToken, saveOwnerToken, tokenOfLink } from './ownerToken';
import { loopBankQuery } from './queries';

/**
 * The candidate's story bank from their loop page: create one (or attach one they own), open
 * it, and share its titles with the interviewers, who then see titles only, never the text.
 */
export function CandidateBank({ loopId, token }: { loopId: string; token: string }) {
  const queryClient = useQueryClient();
  const bank = useQuery(loopBankQuery(loopId, token));
  const [created, setCreated] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const pasteId = useId();
  const refresh = () => queryClient.invalidateQueries({ queryKey: loopBankQuery(loopId, token).queryKey });
  const create = useMutation({
    mutationFn: () => bankApi.create(loopId, token),
    onSuccess: (link) => {
      saveOwnerToken(link.ownerToken);
      setCreated(link.ownerToken);
      void refresh();
    },
  });
  // A bank this browser already keeps (made on a group home or for another loop) attaches in one step.
  const [kept] = useState(() => ownerToken());
  const attach = useMutation({
    mutationFn: (owner: string) => bankApi.attach(loopId, token, owner),
    onSuccess: (next, owner) => {
      saveOwnerToken(owner);
      queryClient.setQueryData(loopBankQuery(loopId, token).queryKey, next);
    },
  });
  // The answer is the new state: stored at once, so the toggle never flicks back while a refetch runs.
  const share = useMutation({ mutationFn: (shared: boolean) => bankApi.share(loopId, token, shared), onSuccess: (next) => queryClient.setQueryData(loopBankQuery(loopId, token).queryKey, next) });
  // Shown as asked at once; the server's answer (or a failure) settles it.
  const shared = share.isPending ? share.variables : (bank.data?.sharedTitles ?? false);
  const problem = create.error ?? attach.error ?? share.error;

  return (
    <section className="card stack" aria-labelledby="bank-title">
      <h2 id="bank-title">Your story bank</h2>
      <p className="text-muted">Prepare your STAR stories, see which Leadership Principles they cover, and check them against each other before the loop.</p>
      {bank.isPending ? <p role="status">Loading…</p> : null}
      {bank.data && !bank.data.attached ? (
        <div className="stack">
          {kept ? (
            <button type="button" className="button" onClick={() => attach.mutate(kept)} disabled={attach.isPending}>
              Attach the story bank this browser keeps
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => create.mutate()} disabled={create.isPending}>
            Create a story bank
          </button>
          <form className="stack stack--tight" onSubmit={(e) => (e.preventDefault(), attach.mutate(tokenOfLink(pasted)))}>
            <label htmlFor={pasteId}>Or attach a bank you already have (paste its owner link)</label>
            <input id={pasteId} value={pasted} onChange={(e) => setPasted(e.target.value)} autoComplete="off" />
            <button type="submit" className="button" disabled={!pasted.trim() || attach.isPending}>
              Attach
            </button>
          </form>
        </div>
      ) : null}
      {created ? (
        <div className="stack stack--tight">
          <p>
            <strong>Keep this owner link.</strong> It is the only key to your bank: anyone with it can read and change it.
          </p>
          <CopyField label="Owner link" value={ownerLinkOf(created)} />
        </div>
      ) : null}
      {bank.data?.attached ? (
        <div className="stack">
          <p>
            {bank.data.titles.length} {bank.data.titles.length === 1 ? 'story' : 'stories'} prepared.{' '}
            <Link className="button" to="/bank">
              Open your story bank
            </Link>
          </p>
          <label className="iv-chip">
            <input type="checkbox" checked={shared} onChange={(e) => share.mutate(e.target.checked)} />
            <span>Share the titles (not the text) with this loop’s interviewers</span>
          </label>
          <p className="text-muted">
            {shared
              ? 'Interviewers can mark a story you tell as “told from the bank”; the debrief then compares it with what you prepared.'
              : 'Nothing of your bank reaches the interviewers.'}
          </p>
        </div>
      ) : null}
      {problem ? (
        <p className="loop-inline-error" role="alert">
          {problem.message}
        </p>
      ) : null}
    </section>
  );
}
