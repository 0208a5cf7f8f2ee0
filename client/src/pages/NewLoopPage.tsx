import { LoopWizard } from '../features/loop-setup/LoopWizard';

export default function NewLoopPage() {
  return (
    <>
      <title>Set up a mock loop — MockLoop</title>
      <section className="stack" aria-labelledby="new-loop-title">
        <h1 id="new-loop-title">Set up a mock loop</h1>
        <p className="lead">
          Four short steps: the candidate and the date, the rounds, the Leadership Principles each interviewer asks
          about, then a review. Your draft stays in this browser (through a reload or Back) until you create the loop.
        </p>
        <LoopWizard />
      </section>
    </>
  );
}
