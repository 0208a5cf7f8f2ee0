import type { BankSelfCheck } from '@mockloop/shared/bank/contract';
import { STAR_GAP_LABELS } from '@mockloop/shared/bank/gaps';
import { CONFLICT_KIND_LABELS } from '@mockloop/shared/debrief/labels';
import type { BankStory } from '@mockloop/shared/bank/values';
import { useMutation } from '@tanstack/react-query';
import { bankApi } from '../../api/bank';

/** Runs the story checker over the saved bank: stories of one experience that disagree, and STAR gaps. */
export function SelfCheck({ ownerToken, stories, whenSaved }: { ownerToken: string; stories: BankStory[]; whenSaved: () => Promise<void> }) {
  const check = useMutation({ mutationFn: async () => (await whenSaved(), bankApi.check(ownerToken)) });
  const titleOf = (id: string) => stories.find((s) => s.id === id)?.title || 'Untitled story';
  const result: BankSelfCheck | undefined = check.data;
  return (
    <section className="card stack" aria-labelledby="check-title">
      <h2 id="check-title">Self-check</h2>
      <p className="text-muted">Reads your stories as a Bar Raiser would: two stories about one project must agree on team size, numbers, time and your part.</p>
      <p>
        <button type="button" className="button" onClick={() => check.mutate()} disabled={check.isPending}>
          {check.isPending ? 'Checking…' : 'Check my stories'}
        </button>
      </p>
      <div aria-live="polite">
        {check.error ? <p className="loop-inline-error">{check.error.message}</p> : null}
        {result ? (
          <div className="stack">
            <h3>{result.conflicts.length === 0 ? 'No contradictions between stories' : `${result.conflicts.length} contradiction${result.conflicts.length === 1 ? '' : 's'}`}</h3>
            <ul className="stack stack--tight">
              {result.conflicts.map((c, i) => (
                <li key={i} className="bank-conflict">
                  <strong>
                    “{titleOf(c.stories[0])}” vs “{titleOf(c.stories[1])}”
                  </strong>
                  : {CONFLICT_KIND_LABELS[c.kind]}, <q>{c.phrases[0]}</q> vs <q>{c.phrases[1]}</q>
                </li>
              ))}
            </ul>
            <h3>{result.gaps.length === 0 ? 'No STAR gaps' : 'STAR gaps'}</h3>
            <ul className="stack stack--tight">
              {result.gaps.map((g) => (
                <li key={g.storyId}>
                  <strong>“{titleOf(g.storyId)}”</strong>: {g.gaps.map((gap) => STAR_GAP_LABELS[gap]).join('; ')}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
