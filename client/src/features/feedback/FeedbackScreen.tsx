import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { isApiError } from '../../api/http';
import { FeedbackView } from './FeedbackView';
import { feedbackQuery } from './queries';
import './feedback.css';

/** The feedback page's body: the published feedback, or a calm "not yet". */
export function FeedbackScreen({ loopId, token }: { loopId: string; token: string }) {
  const feedback = useQuery(feedbackQuery(loopId, token));
  if (feedback.data) return <FeedbackView feedback={feedback.data} />;
  if (isApiError(feedback.error) && feedback.error.status === 404) {
    return (
      <section className="stack loop-problem" aria-labelledby="fb-waiting-title">
        <title>Feedback not published yet — MockLoop</title>
        <p className="loop-eyebrow">Mock loop feedback</p>
        <h1 id="fb-waiting-title">Not published yet</h1>
        <p className="lead" role="status">
          Your feedback will appear here once the Bar Raiser publishes it. This page updates by itself.
        </p>
        <p>
          <Link className="button" to={`/loops/${loopId}`}>
            Back to the loop
          </Link>
        </p>
      </section>
    );
  }
  if (feedback.error) {
    return (
      <section className="stack loop-problem" aria-labelledby="fb-error-title">
        <title>Feedback could not be loaded — MockLoop</title>
        <h1 id="fb-error-title">The feedback could not be loaded</h1>
        <p className="lead" role="alert">
          {isApiError(feedback.error) ? feedback.error.message : 'Something went wrong.'}
        </p>
        <p>
          <button type="button" className="button button--primary" onClick={() => void feedback.refetch()}>
            Try again
          </button>
        </p>
      </section>
    );
  }
  return (
    <section className="stack" aria-busy="true" aria-labelledby="fb-loading-title">
      <title>Opening your feedback — MockLoop</title>
      <h1 id="fb-loading-title">Opening your feedback…</h1>
    </section>
  );
}
