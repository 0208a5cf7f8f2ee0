import { useLocation } from 'wouter';
import { actAs, describeIdentity, loopNameOf } from '../session/switching';
import { useTabIdentity, type Identity } from '../session/tokens';

/** The bar itself: who this tab is, and the other people held for the loop to switch to. */
export default function LoopIdentityBar({ loopId, held }: { loopId: string; held: Identity[] }) {
  const tab = useTabIdentity(loopId);
  const [, navigate] = useLocation();
  if (tab.kind !== 'chosen') return null;
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
