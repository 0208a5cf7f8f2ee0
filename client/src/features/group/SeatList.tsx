import type { GroupSeat } from '@mockloop/shared/group/contract';
import { formatInZone } from '@mockloop/shared/loop/time-format';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { PROGRESS_LABELS, seatLabel } from './labels';
import { openSeat } from './openSeat';

/** A member's seats in every role, soonest first, each opened straight into its loop. */
export function SeatList({ groupId, token, seats, timeZone }: { groupId: string; token: string; seats: GroupSeat[]; timeZone: string }) {
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  if (seats.length === 0) return <p className="text-muted">No loops yet. The organizer plans the series; your loops appear here.</p>;
  return (
    <>
      {problem && <p className="text-error" role="alert">{problem}</p>}
      <ul className="group-seat-list">
        {seats.map((seat) => (
          <li key={seat.participantId} className={`card group-seat${seat.isBarRaiser ? ' round-card--bar-raiser' : ''}`}>
            <div>
              <p className="group-seat__what">
                <strong>{seat.role === 'candidate' ? 'Your loop as candidate' : `${seat.candidateName}'s loop`}</strong>
              </p>
              <p className="text-muted">
                {seatLabel(seat)} · {formatInZone(seat.roundStartsAt ?? seat.loopStartsAt, timeZone, true)} · {PROGRESS_LABELS[seat.progress]}
              </p>
            </div>
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                void openSeat(groupId, seat.participantId, token)
                  .then(navigate)
                  .catch(() => setProblem('The loop could not be opened. Try again.'))
              }
            >
              Open<span className="visually-hidden"> {seat.role === 'candidate' ? 'your loop' : `${seat.candidateName}'s loop, ${seatLabel(seat)}`}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
