import type { LpId, QuestionCard } from '@mockloop/shared';
import { LP_GOOD_EVIDENCE } from '@mockloop/shared/lp/evidence';
import { lpName } from '@mockloop/shared/lp/names';

type QuestionListProps = {
  assignedLps: readonly LpId[];
  questions: readonly QuestionCard[];
  asked: readonly string[];
  shownText: string | null;
  locked: boolean;
  onAsk: (question: QuestionCard) => void;
  onShow: (text: string) => void;
};

/** Questions shown per LP before "More questions": enough for a round, short enough to keep the story cards in reach. */
const FIRST_FEW = 3;

/** The round's LPs, what good evidence sounds like, and the questions for each with their probes. */
export function QuestionList({ assignedLps, questions, asked, shownText, locked, onAsk, onShow }: QuestionListProps) {
  const groups = groupByLp(assignedLps, questions);
  const render = (q: QuestionCard) => (
    <Question key={q.id} question={q} asked={asked.includes(q.id)} shown={shownText === q.text} locked={locked} onAsk={onAsk} onShow={onShow} />
  );
  return (
    <div className="stack">
      {groups.map(({ lpId, items }) => {
        const headingId = `iv-lp-${lpId ?? 'other'}`;
        return (
          <section key={lpId ?? 'other'} className="iv-lp stack stack--tight" aria-labelledby={headingId}>
            <h3 id={headingId} className="iv-lp__name">
              {lpId ? lpName(lpId) : 'More questions for this round'}
            </h3>
            {lpId ? (
              <p className="iv-lp__evidence">
                <strong>Good evidence: </strong>
                {LP_GOOD_EVIDENCE[lpId]}
              </p>
            ) : null}
            {items.length === 0 ? <p className="text-muted">No questions in the bank for this one: ask your own.</p> : null}
            <ul className="iv-questions" role="list">
              {items.slice(0, FIRST_FEW).map(render)}
            </ul>
            {items.length > FIRST_FEW ? (
              <details className="iv-more">
                <summary>
                  More questions{lpId ? ` for ${lpName(lpId)}` : ''} ({items.length - FIRST_FEW})
                </summary>
                <ul className="iv-questions" role="list">
                  {items.slice(FIRST_FEW).map(render)}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

type QuestionProps = {
  question: QuestionCard;
  asked: boolean;
  shown: boolean;
  locked: boolean;
  onAsk: (question: QuestionCard) => void;
  onShow: (text: string) => void;
};

function Question({ question, asked, shown, locked, onAsk, onShow }: QuestionProps) {
  const textId = `iv-q-${question.id}`;
  return (
    <li className={`iv-question${asked ? ' iv-question--asked' : ''}`} data-question-id={question.id}>
      <p id={textId} className="iv-question__text">
        {question.text}
      </p>
      <div className="iv-question__meta">
        {asked ? <span className="loop-badge loop-badge--round-ended">Asked</span> : null}
        {shown ? <span className="loop-badge loop-badge--round-live">On the candidate’s screen</span> : null}
        {question.custom ? <span className="loop-badge">Organizer’s question</span> : null}
      </div>
      {question.probes.length > 0 ? (
        <details className="iv-probes">
          <summary>Probes ({question.probes.length})</summary>
          <ul>
            {question.probes.map((probe) => (
              <li key={probe}>{probe}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="iv-question__actions">
        <button type="button" className="button button--primary iv-button" aria-describedby={textId} disabled={locked} onClick={() => onAsk(question)}>
          {asked ? 'Ask again' : 'Ask'}
        </button>
        <button type="button" className="button iv-button" aria-describedby={textId} disabled={shown} onClick={() => onShow(question.text)}>
          Show to candidate
        </button>
      </div>
    </li>
  );
}

/** Each question under the first assigned LP it tests; the rest (prompts for other LPs or none) at the end. */
function groupByLp(assignedLps: readonly LpId[], questions: readonly QuestionCard[]) {
  const groups: { lpId: LpId | null; items: QuestionCard[] }[] = assignedLps.map((lpId) => ({ lpId, items: [] }));
  const other: QuestionCard[] = [];
  for (const q of questions) {
    const group = groups.find((g) => g.lpId && q.lps.includes(g.lpId));
    if (group) group.items.push(q);
    else other.push(q);
  }
  if (other.length > 0) groups.push({ lpId: null, items: other });
  return groups;
}
