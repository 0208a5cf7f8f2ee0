import { useShownQuestion } from '../../live/useLive';
import './interview.css';

/** The candidate's (and shadows') view of the question the interviewer chose to show: the question only, large. */
export function ShownQuestion({ roundId }: { roundId: string }) {
  const text = useShownQuestion(roundId);
  return (
    <section className={`card iv-shown-question${text ? '' : ' iv-shown-question--empty'}`} aria-labelledby="iv-shown-title" aria-live="polite" data-testid="shown-question">
      <h2 id="iv-shown-title" className="iv-shown-question__title">
        Question
      </h2>
      {text ? (
        <p className="iv-shown-question__text">{text}</p>
      ) : (
        <p className="text-muted">When your interviewer shows a question, it appears here.</p>
      )}
    </section>
  );
}
