import type { ReactNode } from 'react';
import { describeIdentity, identities, loopNameOf, useTabIdentity, type Identity } from '../../session/tokens';
import { LinkProblem } from './LinkProblem';

/**
 * Renders a loop page with the token of the person this tab is in that loop. A tab that
 * has not chosen yet, in a browser holding several links for the loop, asks who it is.
 */
export function TabIdentityGate({ loopId, children }: { loopId: string; children: (token: string) => ReactNode }) {
  const tab = useTabIdentity(loopId);
  if (tab.kind === 'none') return <LinkProblem kind="no-token" />;
  if (tab.kind === 'choose') return <ChooseIdentity loopId={loopId} held={tab.identities} />;
  return children(tab.identity.token);
}

function ChooseIdentity({ loopId, held }: { loopId: string; held: Identity[] }) {
  const loopName = loopNameOf(held.find((identity) => identity.candidateName) ?? { candidateName: null });
  return (
    <section className="stack identity-choice" aria-labelledby="identity-choice-title">
      <title>Who are you in this tab? — MockLoop</title>
      <h1 id="identity-choice-title">Who are you in this tab?</h1>
      <p className="lead">
        This browser holds several links for {loopName}. Choose who this tab acts as; other tabs keep the person they already
        show.
      </p>
      <ul className="identity-choice__list" role="list">
        {held.map((identity) => (
          <li key={identity.participantId}>
            <button type="button" className="button identity-choice__button" onClick={() => identities().chooseForTab(loopId, identity.participantId)}>
              {describeIdentity(identity)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
