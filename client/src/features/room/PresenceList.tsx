import type { AgendaRound, PresenceEntry } from '@mockloop/shared';
import { memo } from 'react';
import { ROLE_LABELS, whereLabel } from './labels';

type PresenceListProps = {
  entries: readonly PresenceEntry[];
  roundId: string;
  rounds: readonly AgendaRound[];
  viewerId: string;
  /** Off for the candidate, who must not learn who the Bar Raiser is. */
  showBarRaiser: boolean;
};

/** Who is here, who is elsewhere in the loop, who is offline: in that order. */
export const PresenceList = memo(function PresenceList({ entries, roundId, rounds, viewerId, showBarRaiser }: PresenceListProps) {
  const rank = (entry: PresenceEntry) => (!entry.online ? 2 : entry.roundId === roundId ? 0 : 1);
  const sorted = [...entries].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const here = entries.filter((entry) => entry.online && entry.roundId === roundId).length;
  return (
    <section className="card stack stack--tight room-presence" aria-labelledby="room-presence-title">
      <h2 id="room-presence-title" className="room-card-title">
        Who is here <span className="room-presence__count">({here} in this room)</span>
      </h2>
      {sorted.length === 0 ? (
        <p className="text-muted">Nobody yet.</p>
      ) : (
        <ul className="room-presence__list">
          {sorted.map((entry) => {
            const where = whereLabel(entry, roundId, rounds);
            const state = !entry.online ? 'offline' : entry.roundId === roundId ? 'here' : 'elsewhere';
            return (
              <li key={entry.participantId} className={`room-presence__person room-presence__person--${state}`}>
                <span className="room-presence__dot" aria-hidden="true" />
                <span className="room-presence__who">
                  <span className="room-presence__name">
                    {entry.name}
                    {entry.participantId === viewerId ? <span className="text-muted"> (you)</span> : null}
                  </span>
                  <span className="room-presence__role">
                    {ROLE_LABELS[entry.role]}
                    {showBarRaiser && entry.isBarRaiser ? ' · Bar Raiser' : ''}
                  </span>
                </span>
                <span className="room-presence__where">{where}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
