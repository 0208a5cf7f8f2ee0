import { bankCoverage, COVERAGE_LABELS } from '@mockloop/shared/bank/coverage';
import { MAX_LPS_PER_STORY, type BankStory } from '@mockloop/shared/bank/values';
import { FOCUS_PRESETS } from '@mockloop/shared/lp/focus-presets';
import { lpById } from '@mockloop/shared/lp/principles';
import { TARGET_ROLE_LABELS, TARGET_ROLES, type TargetRole } from '@mockloop/shared/loop/target-role-labels';
import { useId, useState } from 'react';

/**
 * The 16 LPs against the bank's stories. Each row says its level in words ("No story", "One
 * story only", "Several stories") beside the tint, so it reads without colour.
 */
export function CoverageTable({ stories }: { stories: BankStory[] }) {
  const [role, setRole] = useState<TargetRole>('software-development-engineer');
  const roleId = useId();
  const coverage = bankCoverage(stories, FOCUS_PRESETS[role]);
  const titleOf = (id: string) => stories.find((s) => s.id === id)?.title || 'Untitled story';
  return (
    <section className="card stack" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Coverage of the 16 Leadership Principles</h2>
      <div className="stack stack--tight">
        <label htmlFor={roleId}>Target role (its focus LPs are marked)</label>
        <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as TargetRole)}>
          {TARGET_ROLES.map((r) => (
            <option key={r} value={r}>
              {TARGET_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <p data-testid="focus-summary">
        {coverage.focusMissing.length === 0 ? 'Every focus LP of this role has a story.' : `Still missing for this role: ${coverage.focusMissing.map((id) => lpById(id).name).join(' · ')}.`}
        {coverage.focusThin.length ? ` Only one story for: ${coverage.focusThin.map((id) => lpById(id).name).join(' · ')}.` : ''}
      </p>
      {coverage.overloaded.map(({ storyId, lpCount }) => (
        <p key={storyId} className="bank-warning">
          “{titleOf(storyId)}” is tagged with {lpCount} LPs; one telling rarely shows more than {MAX_LPS_PER_STORY}.
        </p>
      ))}
      <div className="bank-table-wrap">
        <table className="bank-coverage">
          <caption className="visually-hidden">Stories per Leadership Principle</caption>
          <thead>
            <tr>
              <th scope="col">Leadership Principle</th>
              <th scope="col">Coverage</th>
              <th scope="col">Stories</th>
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={row.lpId} className={`bank-coverage__row bank-coverage__row--${row.level}`}>
                <th scope="row">
                  {lpById(row.lpId).name}
                  {row.inFocus ? <span className="bank-focus"> (focus)</span> : null}
                </th>
                <td>
                  <span className="bank-level">{COVERAGE_LABELS[row.level]}</span>
                </td>
                <td>{row.storyIds.map(titleOf).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
