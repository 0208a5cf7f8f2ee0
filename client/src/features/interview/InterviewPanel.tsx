import { type AgendaRound, type LoopView, type PatchOp, type QuestionCard } from '@mockloop/shared';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAutosaveState } from '../../autosave/useAutosave';
import { useScorecard, useSubmitScorecard } from '../../scorecard/useScorecard';
import { QuestionList } from './QuestionList';
import { roundQuestionsQuery } from './questionsQuery';
import { loopBankQuery } from '../bank/queries';
import { SaveIndicator } from './SaveIndicator';
import { ScorecardForm } from './ScorecardForm';
import { StoryCardEditor } from './StoryCardEditor';
import { useRoundClock, useShownQuestion } from '../../live/useLive';
import { showQuestion } from './showQuestion';
import './interview.css';

// When the scorecard is due matters only once the round is over.
const DeadlineBanner = lazy(() => import('./DeadlineBanner').then((m) => ({ default: m.DeadlineBanner })));

type InterviewPanelProps = { view: LoopView; round: AgendaRound; token: string };

/** The interviewer's side of the room: questions at hand, story cards while the candidate talks, and the scorecard. */
export function InterviewPanel({ view, round, token }: InterviewPanelProps) {
  const { loop } = view;
  const questions = useQuery(roundQuestionsQuery(loop.id, round.id, token));
  const bank = useQuery(loopBankQuery(loop.id, token));
  const { autosave, openError } = useScorecard(round.id);
  const state = useAutosaveState(autosave);
  const submit = useSubmitScorecard(autosave);
  const shownText = useShownQuestion(round.id);
  const roundEnded = useRoundClock(round.id)?.status === 'ended';
  const [showProblem, setShowProblem] = useState<string | null>(null);
  const [focusStory, setFocusStory] = useState<string | null>(null);
  const newStoryField = useRef<HTMLTextAreaElement | null>(null);
  const storiesTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusStory && newStoryField.current) {
      newStoryField.current.focus();
      newStoryField.current.scrollIntoView({ block: 'center' });
      setFocusStory(null);
    }
  }, [focusStory, state?.draft.stories.length]);

  const edit = (op: PatchOp, debounce = false) => autosave?.edit(op, { debounce });
  const addStory = (question: QuestionCard | null) => {
    const id = crypto.randomUUID();
    // Buffered, so the mark and the new card travel in one patch.
    if (question) edit({ op: 'markAsked', questionId: question.id }, true);
    edit({
      op: 'addStory',
      story: { id, questionId: question?.id ?? null, questionText: question?.text ?? '', lps: question?.lps ?? [], situation: '', task: '', action: '', result: '', notes: '', flags: [], dataPoints: {} },
    });
    setFocusStory(id);
  };
  const show = async (text: string | null) => {
    const outcome = await showQuestion(round.id, text);
    setShowProblem(outcome.ok ? null : outcome.message);
  };

  const whenSaved = () => autosave?.whenSaved() ?? Promise.resolve();
  const locked = state?.locked ?? false;
  const stories = state?.draft.stories ?? [];
  const assignedLps = state?.document.assignedLps ?? round.assignedLps ?? [];

  return (
    <div className="iv-panel" aria-label="Your interview notes" role="region">
      <SaveIndicator state={state} />
      {openError ? (
        <p className="loop-inline-error" role="alert">
          Your scorecard could not be opened: {openError}
        </p>
      ) : null}
      {roundEnded && !locked ? (
        <Suspense fallback={null}>
          <DeadlineBanner roundId={round.id} dueMinutes={loop.scorecardDueMinutes} submitted={locked} timeZone={loop.timeZone} />
        </Suspense>
      ) : null}
      <div className="iv-columns">
        <div className="iv-column stack">
          <section className="card stack iv-ask" aria-labelledby="iv-questions-title">
            <h2 id="iv-questions-title">Questions to ask</h2>
            <div className="iv-shown" aria-live="polite">
              {shownText ? (
                <>
                  <p>
                    <strong>On the candidate’s screen:</strong> {shownText}
                  </p>
                  <button type="button" className="button iv-button" onClick={() => void show(null)}>
                    Clear the candidate’s screen
                  </button>
                </>
              ) : (
                <p className="text-muted">The candidate sees no question right now. “Show to candidate” puts one on their screen — never your notes.</p>
              )}
              {showProblem ? <p className="loop-inline-error">{showProblem}</p> : null}
            </div>
            {questions.isPending ? <p role="status">Loading the questions…</p> : null}
            {questions.isError ? <p className="loop-inline-error">The questions could not be loaded: {questions.error.message}</p> : null}
            {questions.data ? (
              <QuestionList
                assignedLps={questions.data.assignedLps}
                questions={questions.data.questions}
                asked={state?.draft.askedQuestionIds ?? []}
                shownText={shownText}
                locked={locked || !state}
                onAsk={addStory}
                onShow={(text) => void show(text)}
              />
            ) : null}
          </section>
        </div>
        <div className="iv-column stack">
          <section className="stack iv-stories" aria-labelledby="iv-stories-title">
            <div className="loop-section-head">
              <h2 id="iv-stories-title" ref={storiesTitle} tabIndex={-1}>
                Stories {stories.length > 0 ? <span className="text-muted">({stories.length})</span> : null}
              </h2>
              {locked || !state ? null : (
                <button type="button" className="button iv-button" onClick={() => addStory(null)}>
                  Add a story
                </button>
              )}
            </div>
            {stories.length === 0 ? <p className="text-muted">“Ask” a question to open a story card for the answer.</p> : null}
            {stories.map((story, index) => (
              <StoryCardEditor
                key={story.id}
                scorecardId={state!.document.id}
                whenSaved={whenSaved}
                story={story}
                number={index + 1}
                assignedLps={assignedLps}
                locked={locked}
                onEdit={edit}
                onRemoved={() => storiesTitle.current?.focus()}
                bankTitles={bank.data?.titles ?? []}
                {...(story.id === focusStory ? { firstFieldRef: newStoryField } : {})}
              />
            ))}
          </section>
          {state ? <ScorecardForm state={state} onEdit={edit} onSubmit={submit} /> : <p className="card" role="status">Opening your scorecard…</p>}
        </div>
      </div>
    </div>
  );
}
