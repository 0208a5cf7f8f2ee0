import { Link } from 'react-router-dom';

// Placeholder: the lead replaces this with the set-up wizard.
export function NewLoopPage() {
  return (
    <>
      <title>Set up a mock loop — MockLoop</title>
      <section className="stack" aria-labelledby="new-loop-title">
        <h1 id="new-loop-title">Set up a mock loop</h1>
        <p className="lead">
          The set-up wizard comes next: you will name the candidate and the target role, plan the
          timed rounds and choose the Bar Raiser, then share one link per person.
        </p>
        <p>
          <Link to="/">Back to the home page</Link>
        </p>
      </section>
    </>
  );
}
