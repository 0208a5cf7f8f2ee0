import { Link } from 'react-router-dom';

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

export function HomePage() {
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
        <p>
          <Link to="/loops/new" className="button button--primary button--large">
            Set up a mock loop
          </Link>
        </p>
      </section>

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
