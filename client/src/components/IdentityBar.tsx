import { useLocation } from 'wouter';
import { actAs, describeIdentity, loopNameOf, useAllIdentities, useTabIdentity } from '../session/tokens';

const LOOP_PATH = /^\/loops\/([0-9a-f-]{36})(?:\/|$)/i;

/**
 * "You are X in loop Y", on every page of a loop for which this browser holds more than one
 * link, with a switcher. Switching changes this tab only, and only when the person asks.
 */
export function IdentityBar() {
  const [pathname] = useLocation();
  const loopId = LOOP_PATH.exec(pathname)?.[1];
  return loopId ? <LoopIdentityBar loopId={loopId} /> : null;
}

function LoopIdentityBar({ loopId }: { loopId: string }) {
  const tab = useTabIdentity(loopId);
  const held = useAllIdentities().filter((identity) => identity.loopId === loopId);
  const [, navigate] = useLocation();
  if (tab.kind !== 'chosen' || held.length < 2) return null;
  const me = tab.identity;
  const others = held.filter((identity) => identity.participantId !== me.participantId);
  return (
    <section className="identity-bar" aria-label="Who you are in this tab">
      <div className="container identity-bar__inner">
        <p className="identity-bar__who">
          You are <strong>{describeIdentity(me)}</strong> in {loopNameOf(me)}.
        </p>
        <details className="identity-bar__switch">
          <summary className="identity-bar__summary">Switch person</summary>
          <div className="identity-bar__menu stack stack--tight">
            <p className="text-muted">Only this tab changes; other tabs keep their person.</p>
            <ul className="identity-bar__list" role="list">
              {others.map((identity) => (
                <li key={identity.participantId}>
                  <button
                    type="button"
                    className="button identity-bar__option"
                    onClick={() => actAs(loopId, identity.participantId, `/loops/${loopId}`, navigate)}
                  >
                    Switch to {describeIdentity(identity)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </details>
      </div>
    </section>
  );
}
