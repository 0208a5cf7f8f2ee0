import type { ParticipantLink } from '@mockloop/shared/loop/view';
import { Link, useParams } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { CopyLink } from '../features/loop-setup/links/CopyLink';
import { ROLE_LABELS, readLinksState, sortLinks } from '../features/loop-setup/links/linksState';
import '../features/loop-setup/loop-setup.css';

/** Right after creation: every participant's private link, shown this one time. */
export default function LinksPage() {
  const { loopId = '' } = useParams();
  const state: unknown = useHistoryState();
  const data = readLinksState(state);
  const dashboard = `/loops/${loopId}`;

  if (!data) {
    return (
      <>
        <title>Loop links — MockLoop</title>
        <section className="stack" aria-labelledby="links-title">
          <h1 id="links-title">Loop links</h1>
          <p className="lead">
            Invite links are shown only once, right after the loop is created, so they cannot be shown again here.
          </p>
          <p>If someone needs their link, open the organizer dashboard and re-issue it there. The old link then stops working.</p>
          <p>
            <Link to={dashboard} className="button button--primary">
              Go to the organizer dashboard
            </Link>
          </p>
        </section>
      </>
    );
  }

  const links = sortLinks(data.links);
  const roundOf = (link: ParticipantLink) => {
    if (link.roundPosition === null) return null;
    const title = data.roundTitles[link.roundPosition - 1];
    return `Round ${link.roundPosition}${title ? `: ${title}` : ''}`;
  };

  return (
    <>
      <title>Share the links — MockLoop</title>
      <section className="stack" aria-labelledby="links-title">
        <h1 id="links-title">Your loop is ready: share the links</h1>
        {data.isDemo ? (
          <p className="lead">
            This tab is the organizer. Open any link below to see that person’s screen in a new tab, or use “Switch person” at
            the top of the loop’s pages: each tab keeps the person it shows.
          </p>
        ) : null}
        {data.organizerIsCandidate ? (
          <p className="lead">
            You are the candidate: MockLoop picked the Bar Raiser and gave each interviewer their Leadership Principles. These
            links do not say who the Bar Raiser is, and your dashboard will not either.
          </p>
        ) : null}
        <div className="alert alert--warning">
          <p>
            <strong>These links are shown only once.</strong> Copy each one now and send it privately to that person: anyone
            with a link can join as them. A lost link can be re-issued from the organizer dashboard.
          </p>
        </div>
        <ul className="link-list">
          {links.map((link) => {
            const round = roundOf(link);
            return (
              <li key={link.participantId} className={`card link-card${link.isBarRaiser ? ' round-card--bar-raiser' : ''}`}>
                <div className="link-card__who">
                  <h2 className="link-card__name">{link.name}</h2>
                  <p className="link-card__role">
                    {data.organizerIsCandidate && link.role === 'candidate' ? 'Candidate (you)' : ROLE_LABELS[link.role]}
                    {round && <span> · {round}</span>}
                    {link.isBarRaiser && <span className="badge badge--bar-raiser">Bar Raiser</span>}
                  </p>
                </div>
                <CopyLink id={`link-${link.participantId}`} url={link.url} label={`Link for ${link.name}`} />
                {data.isDemo ? (
                  <a className="link-card__open" href={joinPathOf(link.url)} target="_blank" rel="noopener">
                    Open as {link.name}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
        <p>
          <Link to={dashboard} className="button button--primary button--large">
            Go to the organizer dashboard
          </Link>
        </p>
      </section>
    </>
  );
}

/** The link on this server, whatever public address the server put in it. */
function joinPathOf(url: string): string {
  const link = new URL(url, window.location.origin);
  return link.pathname + link.hash;
}
