import { WORDS_PER_PAGE } from '@mockloop/shared/writing/length';
import { PROMPT_KIND_LABELS } from '@mockloop/shared/writing/prompts';
import type { WritingExercise, WritingPrompt } from '@mockloop/shared/writing/contract';
import { lazy, Suspense, useId, useState } from 'react';
import type { WritingAutosave, WritingState } from './autosave';
import { ConfirmDialog } from './ConfirmDialog';
import { LengthMeter } from './LengthMeter';
import { useAutosaveState } from '../../autosave/useAutosave';
import { useStartWriting, useSubmitWriting, useWriting } from './useWriting';
import { DueTime, TimedCountdown } from './WritingTimer';

// CodeMirror loads only here, after the page itself: the lobby and every other page stay light.
const MarkdownEditor = lazy(() => import('./MarkdownEditor').then((m) => ({ default: m.MarkdownEditor })));

/** The candidate's writing exercise: pick a prompt, write against the limit and the clock, submit. */
export function CandidateWriting({ loopId }: { loopId: string }) {
  const { autosave, openError } = useWriting(loopId);
  const state = useAutosaveState(autosave);
  if (openError) return <p className="loop-inline-error" role="alert">{openError}</p>;
  if (!autosave || !state) return <p role="status">Opening your exercise…</p>;
  const { document: exercise } = state;
  if (exercise.status === 'not-started') return <BeforeStart autosave={autosave} exercise={exercise} />;
  return <Writing autosave={autosave} state={state} />;
}

function BeforeStart({ autosave, exercise }: { autosave: WritingAutosave; exercise: WritingExercise }) {
  const start = useStartWriting(autosave);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card stack" aria-labelledby="wr-before-title">
      <h2 id="wr-before-title">A timed exercise: {exercise.durationMinutes} minutes</h2>
      <p>Read both prompts, then start the clock when you are ready. It runs on the server and cannot be paused; at the end your text is locked as it was last saved.</p>
      <Prompts exercise={exercise} chosen={null} onChoose={null} />
      <p>
        <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
          Start the exercise
        </button>
      </p>
      {error ? <p className="loop-inline-error" role="alert">{error}</p> : null}
      <ConfirmDialog
        open={asking}
        title={`Start the ${exercise.durationMinutes}-minute clock?`}
        confirmLabel="Start now"
        cancelLabel="Not yet"
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={async () => {
          setBusy(true);
          const outcome = await start();
          setBusy(false);
          setAsking(false);
          setError(outcome.ok ? null : outcome.message);
        }}
      >
        <p>The clock cannot be paused or restarted once it runs.</p>
      </ConfirmDialog>
    </section>
  );
}

function Writing({ autosave, state }: { autosave: WritingAutosave; state: WritingState }) {
  const { document: exercise, draft } = state;
  const submit = useSubmitWriting(autosave);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const meterId = useId();
  const final = exercise.status === 'submitted' || exercise.status === 'locked';
  return (
    <div className="stack">
      <div className="wr-statusbar">
        {exercise.clock && exercise.mode === 'timed' ? <TimedCountdown clock={exercise.clock} /> : exercise.dueAt ? <DueTime dueAt={exercise.dueAt} /> : null}
        <SaveStatus state={state} />
      </div>
      {final ? <FinalNotice exercise={exercise} /> : null}
      <Prompts exercise={exercise} chosen={draft.chosenPromptId} onChoose={final ? null : (promptId) => autosave.edit({ op: 'choosePrompt', promptId })} />
      <section className="card stack" aria-labelledby="wr-text-title">
        <h2 id="wr-text-title">Your text</h2>
        <p className="text-muted">
          Markdown: <code>##</code> for headings, <code>-</code> for lists, <code>**bold**</code>, <code>_italic_</code>, and tables with <code>|</code>. A page is {WORDS_PER_PAGE} words.
        </p>
        <Suspense fallback={<p role="status">Loading the editor…</p>}>
          <MarkdownEditor value={draft.text} readOnly={final || state.locked} label="Your text" describedBy={meterId} onChange={(text) => autosave.edit({ op: 'setText', value: text }, { debounce: true })} />
        </Suspense>
        <div id={meterId}>
          <LengthMeter text={draft.text} limit={exercise.lengthLimit} />
        </div>
        {state.unsaved ? <UnsavedText text={state.unsaved.text} /> : null}
        {final ? null : (
          <p>
            <button type="button" className="button button--primary" onClick={() => setAsking(true)} disabled={!draft.chosenPromptId}>
              Submit the text
            </button>{' '}
            {!draft.chosenPromptId ? <span className="text-muted">Choose a prompt first.</span> : null}
          </p>
        )}
        {error ? <p className="loop-inline-error" role="alert">{error}</p> : null}
      </section>
      <ConfirmDialog
        open={asking}
        title="Submit your text?"
        confirmLabel="Submit"
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={async () => {
          setBusy(true);
          const outcome = await submit();
          setBusy(false);
          setAsking(false);
          setError(outcome.ok ? null : outcome.message);
        }}
      >
        <p>Once submitted the text is locked and goes to your reviewers. You cannot change it afterwards.</p>
      </ConfirmDialog>
    </div>
  );
}

function Prompts({ exercise, chosen, onChoose }: { exercise: WritingExercise; chosen: string | null; onChoose: ((id: string) => void) | null }) {
  return (
    <fieldset className="card stack wr-prompts">
      <legend>{onChoose ? 'Choose one prompt' : 'The prompts'}</legend>
      {exercise.prompts.map((prompt) => (
        <PromptOption key={prompt.id} prompt={prompt} checked={chosen === prompt.id} onChoose={onChoose} />
      ))}
    </fieldset>
  );
}

function PromptOption({ prompt, checked, onChoose }: { prompt: WritingPrompt; checked: boolean; onChoose: ((id: string) => void) | null }) {
  const body = (
    <>
      <span className="wr-prompt__title">
        {prompt.title} <span className="loop-badge">{PROMPT_KIND_LABELS[prompt.kind]}</span>
      </span>
      <span className="wr-prompt__text">{prompt.text}</span>
    </>
  );
  if (!onChoose) return <div className={`wr-prompt${checked ? ' wr-prompt--chosen' : ''}`}>{body}</div>;
  return (
    <label className={`wr-prompt${checked ? ' wr-prompt--chosen' : ''}`}>
      <input type="radio" name="prompt" checked={checked} onChange={() => onChoose(prompt.id)} />
      <span className="stack stack--tight">{body}</span>
    </label>
  );
}

function SaveStatus({ state }: { state: WritingState }) {
  const text = state.locked ? 'Locked' : state.status === 'offline' ? `Offline: ${state.pending ? 'your changes are kept here and saved when you reconnect' : 'everything is saved'}` : state.status === 'saving' ? 'Saving…' : 'All changes saved';
  return (
    <div className="wr-save">
      <p className={`wr-save__line wr-save__line--${state.locked ? 'locked' : state.status}`} role="status" data-testid="writing-save-status">
        <span className="wr-save__dot" aria-hidden="true" />
        {text}
      </p>
      {state.problem ? <p className="wr-save__problem" role="alert">{state.problem}</p> : null}
    </div>
  );
}

function FinalNotice({ exercise }: { exercise: WritingExercise }) {
  return (
    <p className="loop-notice" role="status" data-testid="writing-final">
      {exercise.status === 'submitted' ? 'Submitted. Your reviewers can read it now; your feedback comes after the debrief.' : 'Time is up: your text was locked as it was last saved and has gone to your reviewers.'}
    </p>
  );
}

function UnsavedText({ text }: { text: string }) {
  return (
    <details className="loop-notice loop-notice--warning">
      <summary>Your unsaved text</summary>
      <textarea className="wr-unsaved" readOnly value={text} aria-label="Your unsaved text, to copy" rows={6} />
    </details>
  );
}
