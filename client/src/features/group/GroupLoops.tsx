import type { GroupView } from '@mockloop/shared/group/contract';
import { formatInZone } from '@mockloop/shared/loop/time-format';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { PROGRESS_LABELS } from './labels';
import { openSeat } from './openSeat';

/** The loops the group created, each opened as its organizer from here. */
export function GroupLoops({ group, token }: { group: GroupView; token: string }) {
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  if (group.loops.length === 0) return null;
  const open = (participantId: string) =>
    void openSeat(group.id, participantId, token)
      .then(navigate)
      .catch(() => setProblem('The loop could not be opened. Try again.'));
  return (
    <section className="stack" aria-labelledby="group-loops-title">
      <h2 id="group-loops-title">Loops</h2>
      {problem && <p className="text-error" role="alert">{problem}</p>}
      <div className="group-table-wrap" tabIndex={0} role="region" aria-label="Loops of the group">
        <table className="loop-table">
          <caption className="visually-hidden">Loops of the group</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Interviewers</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {group.loops.map((loop) => (
              <tr key={loop.loopId}>
                <th scope="row">
                  {loop.candidateName}
                  <span className="loop-table__sub">{formatInZone(loop.startsAt, loop.timeZone, true)}</span>
                  <span className="loop-table__sub">Series {loop.series}</span>
                </th>
                <td>
                  {[...loop.interviewers]
                    .sort((a, b) => a.roundPosition - b.roundPosition)
                    .map((i) => `${i.name}${i.isBarRaiser ? ' (Bar Raiser)' : ''}`)
                    .join(', ')}
                </td>
                <td>
                  {PROGRESS_LABELS[loop.progress]}
                  {loop.organizerParticipantId && (
                    <button type="button" className="button group-open" onClick={() => open(loop.organizerParticipantId!)}>
                      Open<span className="visually-hidden"> {loop.candidateName}'s loop</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
