import type { DebriefBoard } from '@mockloop/shared/debrief/board';
import type { LpId } from '@mockloop/shared/lp/catalogue';
import { useState } from 'react';
import { debriefApi, type PublishRequest } from '../../api/debrief';
import { lpName } from './labels';
import { commandError, useBoardCommand } from './useBoardCommand';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^[-*•]\s*/, '').trim())
    .filter(Boolean);

/** What the Bar Raiser adds before publishing: names or not, strengths, growth areas, LP summaries. */
export function PublishForm({ board }: { board: DebriefBoard }) {
  const [showNames, setShowNames] = useState(false);
  const [strengths, setStrengths] = useState('');
  const [growth, setGrowth] = useState('');
  const [summaries, setSummaries] = useState<Partial<Record<LpId, string>>>({});
  const command = useBoardCommand((l, t, body: PublishRequest) => debriefApi.publish(l, t, body));
  const error = commandError(command.error);
  return (
    <form
      className="stack db-form"
      aria-labelledby="db-publish-title"
      onSubmit={(event) => {
        event.preventDefault();
        const lpSummaries = Object.fromEntries(Object.entries(summaries).filter(([, text]) => text?.trim())) as PublishRequest['lpSummaries'];
        command.mutate({ showInterviewerNames: showNames, strengths: lines(strengths), growthAreas: lines(growth), lpSummaries });
      }}
    >
      <h3 id="db-publish-title">Publish feedback to the candidate</h3>
      <p className="text-muted">
        The candidate sees each LP’s result, summary and evidence, what you write here, the story conflicts explained and questions to practise.
      </p>
      <label className="db-choice">
        <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} /> Show interviewers’ names beside their evidence
      </label>
      <ListField id="db-strengths" label="Strengths" value={strengths} onChange={setStrengths} />
      <ListField id="db-growth" label="Growth areas" value={growth} onChange={setGrowth} />
      <details className="db-summaries">
        <summary>Summaries per Leadership Principle (optional)</summary>
        <p className="text-muted">Left empty, a summary is drawn from the ratings.</p>
        {board.matrix.map((row) => (
          <div key={row.lpId} className="stack stack--tight">
            <label htmlFor={`db-summary-${row.lpId}`} className="db-label">
              {lpName(row.lpId)}
            </label>
            <textarea
              id={`db-summary-${row.lpId}`}
              className="db-textarea"
              rows={2}
              value={summaries[row.lpId] ?? ''}
              onChange={(e) => setSummaries((s) => ({ ...s, [row.lpId]: e.target.value }))}
            />
          </div>
        ))}
      </details>
      <p>
        <button type="submit" className="button button--primary" disabled={command.isPending}>
          Publish feedback
        </button>
      </p>
      {error ? (
        <p className="loop-inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function ListField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="stack stack--tight">
      <label htmlFor={id} className="db-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        One per line, up to ten.
      </p>
      <textarea id={id} className="db-textarea" rows={4} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} />
    </div>
  );
}
