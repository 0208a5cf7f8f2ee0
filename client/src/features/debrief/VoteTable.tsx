import type { BoardInterviewer, DebriefBoard } from '@mockloop/shared/debrief/board';
import { VOTE_LABELS, isHireVote, type Vote } from '@mockloop/shared/scales';

/** First votes (from the scorecards, never overwritten) beside the re-votes. */
export function VoteTable({ board }: { board: DebriefBoard }) {
  return (
    <section className="card stack" aria-labelledby="db-votes-title">
      <h2 id="db-votes-title">Votes before and after</h2>
      <VoteTally board={board} />
      <table className="loop-table db-votes">
        <caption className="visually-hidden">Each interviewer's first vote and re-vote</caption>
        <thead>
          <tr>
            <th scope="col">Interviewer</th>
            <th scope="col">First vote</th>
            <th scope="col">Re-vote</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {board.interviewers.map((person) => (
            <tr key={person.participantId}>
              <th scope="row">
                <span className="loop-table__strong">{person.name}</span>
                <span className="loop-table__sub">
                  Round {person.roundPosition}: {person.roundTitle}
                </span>
                {person.isBarRaiser ? <span className="loop-badge loop-badge--bar-raiser">Bar Raiser</span> : null}
              </th>
              <td data-label="First vote">{voteText(person.initialVote, person.submitted)}</td>
              <td data-label="Re-vote">{person.revote ? <VoteWord vote={person.revote} /> : <span className="text-muted">Not yet</span>}</td>
              <td data-label="Change">{changeText(person)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function VoteTally({ board }: { board: DebriefBoard }) {
  const first = board.interviewers.map((p) => p.initialVote).filter((v): v is Vote => !!v);
  const now = board.interviewers.map((p) => p.revote ?? p.initialVote).filter((v): v is Vote => !!v);
  const hires = (votes: Vote[]) => votes.filter(isHireVote).length;
  return (
    <p>
      First votes: <strong>{hires(first)} hire</strong>, <strong>{first.length - hires(first)} no hire</strong>. Now:{' '}
      <strong>{hires(now)} hire</strong>, <strong>{now.length - hires(now)} no hire</strong>.
    </p>
  );
}

function VoteWord({ vote }: { vote: Vote }) {
  return (
    <span className={`db-vote db-vote--${isHireVote(vote) ? 'hire' : 'no-hire'}`}>
      <span aria-hidden="true">{isHireVote(vote) ? '✓ ' : '✗ '}</span>
      {VOTE_LABELS[vote]}
    </span>
  );
}

function voteText(vote: Vote | null, submitted: boolean) {
  if (vote) return <VoteWord vote={vote} />;
  return <span className="text-muted">{submitted ? 'No vote' : 'Scorecard missing'}</span>;
}

function changeText(person: BoardInterviewer) {
  if (!person.revote) return <span className="text-muted">—</span>;
  if (person.revote === person.initialVote) return <span>= Kept</span>;
  return <strong className="db-changed">↻ Changed</strong>;
}
