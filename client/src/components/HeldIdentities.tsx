import { useLocation } from 'wouter';
import { actAs, describeIdentity, loopNameOf } from '../session/switching';
import { useAllIdentities, type Identity } from '../session/tokens';

/**
 * The loops this browser holds links for, each person a way in: an organizer who also
 * interviews, or anyone looking round a demo, finds every seat again after closing a tab.
 */
export default function HeldIdentities() {
  const held = useAllIdentities();
  const [, navigate] = useLocation();
  if (held.length === 0) return null;
  const byLoop = new Map<string, Identity[]>();
  for (const identity of held) byLoop.set(identity.loopId, [...(byLoop.get(identity.loopId) ?? []), identity]);
  return (
    <section className="stack held-identities" aria-labelledby="held-title">
      <h2 id="held-title">Your loops in this browser</h2>
      <p className="text-muted">Each link you opened here, kept side by side. Opening one changes only this tab.</p>
      <ul className="held-identities__loops" role="list">
        {[...byLoop.entries()].map(([loopId, seats]) => (
          <li key={loopId} className="card stack stack--tight">
            <h3 className="held-identities__loop">{headingOf(seats)}</h3>
            <ul className="held-identities__seats" role="list">
              {seats.map((seat) => (
                <li key={seat.participantId}>
                  <button type="button" className="button" onClick={() => actAs(loopId, seat.participantId, `/loops/${loopId}`, navigate)}>
                    Open as {describeIdentity(seat)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function headingOf(seats: Identity[]): string {
  const named = seats.find((seat) => seat.candidateName);
  return named ? loopNameOf(named) : 'A loop you were invited to';
}
