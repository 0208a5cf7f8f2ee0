import type { AgendaRound, ParticipantStatus } from '@mockloop/shared';
import { ParticipantRow } from './ParticipantRow';
import { inLoopOrder } from './format';

type Props = {
  loopId: string;
  token: string;
  participants: readonly ParticipantStatus[];
  rounds: readonly AgendaRound[];
  timeZone: string;
  /** The organizer's own row gets no link actions: revoking it would lock them out. */
  viewerId: string;
};

/** Who is in the loop and whether their link has been opened, with link re-issue and revoke. */
export function ParticipantsTable({ loopId, token, participants, rounds, timeZone, viewerId }: Props) {
  const positionOf = new Map(rounds.map((round) => [round.id, round.position]));
  return (
    <section className="stack stack--tight" aria-labelledby="participants-title">
      <h2 id="participants-title">People and links</h2>
      <table className="loop-table loop-table--participants">
        <caption className="loop-table__caption">Times in {timeZone}.</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Round</th>
            <th scope="col">Link</th>
            <th scope="col">Last seen</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {inLoopOrder(participants, (roundId) => positionOf.get(roundId)).map((person) => (
            <ParticipantRow
              key={person.id}
              loopId={loopId}
              token={token}
              person={person}
              roundPosition={person.roundId ? positionOf.get(person.roundId) : undefined}
              timeZone={timeZone}
              isViewer={person.id === viewerId}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
