import { Link } from 'wouter';
import type { LinkProblemKind } from './linkProblemKind';

const COPY: Record<LinkProblemKind, { title: string; text: string }> = {
  'no-token': {
    title: 'Open your invite link again',
    text: 'This browser does not hold a link for this loop yet. Open the personal link you were sent (it contains “/join#token=”); if you cannot find it, ask the organizer for a new one.',
  },
  'no-longer-works': {
    title: 'This link no longer works',
    text: 'It was revoked, or replaced by a newer link. Ask the organizer for a new one.',
  },
  'no-such-loop': {
    title: 'No such loop for this link',
    text: 'The link you opened belongs to a different loop, or this loop no longer exists. Open your personal invite link again, or ask the organizer for a new one.',
  },
  unreachable: {
    title: 'MockLoop cannot be reached',
    text: 'Could not reach the MockLoop server. Check your connection, then try again.',
  },
  unexpected: {
    title: 'Something went wrong',
    text: 'MockLoop could not open this loop. Try again in a moment; if it keeps happening, ask the organizer for a new link.',
  },
};

/** The calm full-page message shown when a link cannot open a loop. */
export default function LinkProblem({ kind, onRetry }: { kind: LinkProblemKind; onRetry?: () => void }) {
  const { title, text } = COPY[kind];
  const canRetry = onRetry && (kind === 'unreachable' || kind === 'unexpected');
  return (
    <section className="stack loop-problem" aria-labelledby="link-problem-title">
      <title>{`${title} — MockLoop`}</title>
      <h1 id="link-problem-title">{title}</h1>
      <p className="lead" role="alert">
        {text}
      </p>
      <p className="loop-actions">
        {canRetry ? (
          <button type="button" className="button button--primary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        <Link to="/" className="button">
          Go to the home page
        </Link>
      </p>
    </section>
  );
}
