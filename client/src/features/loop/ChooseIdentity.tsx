import { describeIdentity, loopNameOf } from '../../session/switching';
import { identities, type Identity } from '../../session/tokens';

/** "Who are you in this tab?": one button per person this browser holds in the loop. */
export default function ChooseIdentity({ loopId, held }: { loopId: string; held: Identity[] }) {
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
            <button type="button" className="button" onClick={() => identities().chooseForTab(loopId, identity.participantId)}>
              {describeIdentity(identity)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
