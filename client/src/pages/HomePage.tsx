import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'wouter';
import { loopsApi } from '../api/loops';
import type { LinksPageState } from '../features/loop-setup/links/linksState';
import { identities, identityFromLink, useAllIdentities } from '../session/tokens';
import '../styles/loop.css';

// Only a browser that holds links shows them, so only it loads the list.
const HeldIdentities = lazy(() => import('../components/HeldIdentities'));

const steps = [
  {
    title: 'Set up the loop',
    text: 'Name the candidate and the target role, plan 5–6 timed rounds and pick who plays the Bar Raiser.',
  },
  {
    title: 'Share the links',
    text: 'Each interviewer and the candidate get their own link. Nobody signs up.',
  },
  {
    title: 'Run the rounds',
    text: 'Interviewers ask Leadership-Principle questions, capture STAR stories and fill in a scorecard while the clock runs.',
  },
  {
    title: 'Debrief and review',
    text: 'The Bar Raiser runs the debrief to a hire decision, then the candidate reads the feedback.',
  },
] as const;

export default function HomePage() {
  const [, navigate] = useLocation();
  const holdsLinks = useAllIdentities().length > 0;
  const demo = useMutation({
    mutationFn: loopsApi.createDemo,
    onSuccess: ({ loopId, links }) => {
      // The demo is there to look at every role: this browser holds them all, this tab is
      // the organizer, and the switcher at the top of the loop moves between them.
      const candidateName = links.find((link) => link.role === 'candidate')?.name ?? null;
      for (const link of links) identities().remember(identityFromLink(loopId, link, candidateName), link.role === 'organizer');
      const state: LinksPageState = { links, roundTitles: [], isDemo: true };
      navigate(`/loops/${loopId}/links`, { state });
    },
  });

  return (
    <>
      <title>MockLoop — mock Amazon-style Loop interviews</title>
      <section className="hero stack" aria-labelledby="home-title">
        <h1 id="home-title">MockLoop</h1>
        <p className="lead">
          Run a whole mock Amazon Loop with your peer group: timed rounds, Leadership-Principle
          questions, STAR notes and scorecards, and a Bar Raiser debrief.
        </p>
        <p className="lead">
          Everyone joins with a link&nbsp;— <span className="nowrap">no sign-up.</span>
        </p>
        <div className="home-actions stack stack--tight">
          <p className="home-actions__buttons">
            <Link to="/loops/new" className="button button--primary button--large">
              Set up a mock loop
            </Link>
            <button
              type="button"
              className="button button--large"
              onClick={() => demo.mutate()}
              disabled={demo.isPending}
              aria-describedby="demo-hint"
            >
              {demo.isPending ? 'Creating the demo…' : 'Try a demo loop'}
            </button>
          </p>
          <p id="demo-hint" className="text-muted">
            The demo creates a sample loop with sample people, so you can see each role’s screen in a minute.
          </p>
          <p>
            Practising together over weeks? <Link to="/groups/new">Set up a peer group</Link>: it plans whose turn it is, and keeps
            everyone's history.
          </p>
          {demo.isError ? (
            <p className="loop-inline-error" role="alert">
              The demo loop could not be created. Check your connection and try again.
            </p>
          ) : null}
        </div>
      </section>

      {holdsLinks ? (
        <Suspense fallback={null}>
          <HeldIdentities />
        </Suspense>
      ) : null}

      <section className="stack" aria-labelledby="how-it-works">
        <h2 id="how-it-works">How it works</h2>
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.title} className="steps__item card">
              <h3 className="steps__title">{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
