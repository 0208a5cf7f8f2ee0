import type { GroupMemberView } from '@mockloop/shared/group/contract';
import type { SeriesNote, SeriesViolation } from '@mockloop/shared/group/series-schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { groupsApi } from '../../api/groups';
import { isApiError } from '../../api/http';
import { browserTimeZone } from '../loop-setup/timeZones';
import { daysFromToday, localParts } from './localTime';

type DraftLoop = { candidateId: string; interviewerIds: string[]; date: string; time: string };

/**
 * Plan a series with the planner, read its reasons, adjust any seat by hand (each change is
 * checked by the same rules on the server), set each loop's date, then create the loops.
 */
export function SeriesPlanner({ groupId, token, members }: { groupId: string; token: string; members: GroupMemberView[] }) {
  const queryClient = useQueryClient();
  const [rounds, setRounds] = useState(5);
  const [loops, setLoops] = useState<DraftLoop[] | null>(null);
  const [notes, setNotes] = useState<SeriesNote[]>([]);
  const [violations, setViolations] = useState<SeriesViolation[]>([]);
  const [adjusted, setAdjusted] = useState(false);
  const timeZone = browserTimeZone();
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? 'Unknown';
  const active = members.filter((m) => m.linkActive);

  const plan = useMutation({
    mutationFn: () => groupsApi.plan(groupId, token, { roundsPerLoop: rounds }),
    onSuccess: (proposal) => {
      setNotes(proposal.notes);
      setViolations(proposal.violations);
      setAdjusted(false);
      setLoops(
        proposal.loops.map((loop, k) => {
          const proposed = proposal.dates[k]?.startsAt;
          const at = proposed ? localParts(proposed, timeZone) : { date: daysFromToday(k + 1), time: '18:00' };
          return { candidateId: loop.candidateId, interviewerIds: loop.interviewerIds, ...at };
        }),
      );
      create.reset();
    },
  });
  const asSeries = (list: DraftLoop[]) => list.map((l) => ({ candidateId: l.candidateId, interviewerIds: l.interviewerIds, barRaiserId: l.interviewerIds.at(-1)! }));
  const review = useMutation({
    mutationFn: (list: DraftLoop[]) => groupsApi.review(groupId, token, { roundsPerLoop: rounds, loops: asSeries(list) }),
    // The planner's reasons stay on screen; an adjustment only changes the verdict.
    onSuccess: (result) => setViolations(result.violations),
  });
  const create = useMutation({
    mutationFn: (list: DraftLoop[]) =>
      groupsApi.createSeries(groupId, token, { roundsPerLoop: rounds, loops: asSeries(list).map((l, k) => ({ ...l, startsAt: `${list[k]!.date}T${list[k]!.time}`, timeZone })) }),
    onSuccess: () => {
      setLoops(null);
      void queryClient.invalidateQueries({ queryKey: ['group', groupId] });
    },
  });

  const setSeat = (k: number, seat: number, memberId: string) => {
    if (!loops) return;
    const next = loops.map((l, i) => (i === k ? { ...l, interviewerIds: l.interviewerIds.map((id, j) => (j === seat ? memberId : id)) } : l));
    setLoops(next);
    setAdjusted(true);
    review.mutate(next);
  };
  const setWhen = (k: number, change: Partial<Pick<DraftLoop, 'date' | 'time'>>) => setLoops((list) => list && list.map((l, i) => (i === k ? { ...l, ...change } : l)));
  const errors = violations.filter((v) => v.severity === 'error');

  return (
    <section className="stack" aria-labelledby="series-title">
      <h2 id="series-title">Plan a series</h2>
      <div className="group-inline">
        <div className="field">
          <label className="field__label" htmlFor="series-rounds">
            Rounds per loop
          </label>
          <select id="series-rounds" className="input" value={rounds} onChange={(e) => setRounds(Number(e.target.value))}>
            <option value={5}>5</option>
            <option value={6}>6</option>
          </select>
        </div>
        <button type="button" className="button button--primary" disabled={plan.isPending || active.length < 2} onClick={() => plan.mutate()}>
          {loops ? 'Plan again' : 'Plan the series'}
        </button>
      </div>
      {plan.isError && <p className="alert alert--danger" role="alert">{isApiError(plan.error) ? plan.error.message : 'The series could not be planned.'}</p>}
      {create.isSuccess && <p className="alert" role="status">The loops were created. Members see them on their home page.</p>}
      {loops && (
        <>
          <div aria-live="polite" className="stack--tight">
            <h3>Why this plan</h3>
            <ul className="group-notes">
              {notes.map((note, i) => (
                <li key={i}>{note.loop === null ? note.text : `Loop ${note.loop + 1}: ${note.text}`}</li>
              ))}
            </ul>
            {adjusted && (
              <p>
                {violations.some((v) => v.severity === 'error')
                  ? 'Your adjustment breaks a rule:'
                  : violations.length > 0
                    ? 'Your adjustment keeps the rules, with these notes:'
                    : 'Your adjustment keeps every rule.'}
              </p>
            )}
            {violations.length > 0 && (
              <ul className="group-violations">
                {violations.map((v, i) => (
                  <li key={i} className={v.severity === 'error' ? 'text-error' : ''}>
                    <strong>{v.severity === 'error' ? 'Must fix' : 'Note'}:</strong> {v.loop === null ? '' : `Loop ${v.loop + 1}: `}
                    {v.text}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <ol className="group-plan">
            {loops.map((loop, k) => (
              <li key={loop.candidateId} className="card stack--tight">
                <h3 id={`plan-loop-${k}`}>
                  Loop {k + 1}: {name(loop.candidateId)} is the candidate
                </h3>
                <div className="group-seats">
                  {loop.interviewerIds.map((id, seat) => {
                    const isBarRaiser = seat === loop.interviewerIds.length - 1;
                    return (
                      <div className="field" key={seat}>
                        <label className="field__label" htmlFor={`plan-${k}-seat-${seat}`}>
                          Round {seat + 1}
                          {isBarRaiser ? ' (Bar Raiser)' : ''}
                        </label>
                        <select id={`plan-${k}-seat-${seat}`} className="input" value={id} onChange={(e) => setSeat(k, seat, e.target.value)}>
                          {active.map((m) => (
                            <option key={m.id} value={m.id}>
                              {m.name}
                            </option>
                          ))}
                        </select>
                      </div>
                    );
                  })}
                </div>
                <div className="group-inline">
                  <div className="field">
                    <label className="field__label" htmlFor={`plan-${k}-date`}>
                      Date
                    </label>
                    <input id={`plan-${k}-date`} type="date" className="input" value={loop.date} onChange={(e) => setWhen(k, { date: e.target.value })} />
                  </div>
                  <div className="field">
                    <label className="field__label" htmlFor={`plan-${k}-time`}>
                      Start ({timeZone})
                    </label>
                    <input id={`plan-${k}-time`} type="time" className="input" value={loop.time} onChange={(e) => setWhen(k, { time: e.target.value })} />
                  </div>
                </div>
              </li>
            ))}
          </ol>
          {create.isError && <p className="alert alert--danger" role="alert">{isApiError(create.error) ? create.error.message : 'The loops could not be created.'}</p>}
          <p>
            <button type="button" className="button button--primary button--large" disabled={create.isPending || errors.length > 0 || review.isPending} onClick={() => create.mutate(loops)}>
              {create.isPending ? 'Creating…' : `Create ${loops.length} loops`}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
