import { BREAK_AFTER, ROUND_DURATION } from '@mockloop/shared/loop/setup';
import { ROUND_KIND_LABELS, RoundKind } from '@mockloop/shared/scales';
import type { Dispatch } from 'react';
import { Field, FieldError } from './Field';
import { PhasesEditor } from './PhasesEditor';
import { ShadowsEditor } from './ShadowsEditor';
import { errorId, fieldId } from './validation';
import type { WizardAction } from './wizardReducer';
import type { RoundDraft } from './wizardState';

interface RoundEditorProps {
  round: RoundDraft;
  index: number;
  isBarRaiser: boolean;
  /** False when the organizer is the candidate: MockLoop picks the Bar Raiser then. */
  choosesBarRaiser: boolean;
  canRemove: boolean;
  dispatch: Dispatch<WizardAction>;
  errors: Record<string, string>;
}

/** One round's card: title, kind, interviewer, timings, phases and shadows. */
export function RoundEditor({ round, index, isBarRaiser, choosesBarRaiser, canRemove, dispatch, errors }: RoundEditorProps) {
  const id = (...path: (string | number)[]) => fieldId(['rounds', index, ...path]);
  const roundKey = round.key;
  const barRaiserId = id('isBarRaiser');
  const number = index + 1;

  return (
    <fieldset className={`card round-card${isBarRaiser ? ' round-card--bar-raiser' : ''}`}>
      <legend className="round-card__legend">
        Round {number}
        {isBarRaiser && <span className="badge badge--bar-raiser">Bar Raiser</span>}
      </legend>

      <div className="round-card__who">
        <Field id={id('title')} label="Title" hint="The candidate sees it: name neither the LPs nor the Bar Raiser." error={errors[id('title')]}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              value={round.title}
              onChange={(event) => dispatch({ type: 'set-round-field', roundKey, field: 'title', value: event.target.value })}
            />
          )}
        </Field>
        <Field id={id('kind')} label="Kind" error={errors[id('kind')]}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={round.kind}
              onChange={(event) => dispatch({ type: 'set-round-kind', roundKey, kind: RoundKind.parse(event.target.value) })}
            >
              {RoundKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {ROUND_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('interviewer', 'name')} label="Interviewer name" error={errors[id('interviewer', 'name')]}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="off"
              value={round.interviewer.name}
              onChange={(event) => dispatch({ type: 'set-interviewer', roundKey, field: 'name', value: event.target.value })}
            />
          )}
        </Field>
        <Field id={id('interviewer', 'email')} label="Interviewer email" optional error={errors[id('interviewer', 'email')]}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              autoComplete="off"
              value={round.interviewer.email}
              onChange={(event) => dispatch({ type: 'set-interviewer', roundKey, field: 'email', value: event.target.value })}
            />
          )}
        </Field>
      </div>

      {choosesBarRaiser ? (
        <div className="field">
          <label className="check">
            <input
              id={barRaiserId}
              type="radio"
              name="bar-raiser"
              checked={isBarRaiser}
              aria-describedby={errors[barRaiserId] ? errorId(barRaiserId) : undefined}
              aria-invalid={errors[barRaiserId] ? true : undefined}
              onChange={() => dispatch({ type: 'set-bar-raiser', roundKey })}
            />
            This interviewer is the Bar Raiser
          </label>
          <FieldError id={barRaiserId} error={errors[barRaiserId]} />
        </div>
      ) : null}

      <div className="round-card__timing">
        <Field
          id={id('durationMinutes')}
          label="Duration (minutes)"
          hint={`${ROUND_DURATION.min} to ${ROUND_DURATION.max}`}
          error={errors[id('durationMinutes')]}
        >
          {(control) => (
            <input
              {...control}
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={ROUND_DURATION.min}
              max={ROUND_DURATION.max}
              step={5}
              value={round.durationMinutes}
              onChange={(event) => dispatch({ type: 'set-duration', roundKey, value: event.target.value })}
            />
          )}
        </Field>
        <Field
          id={id('breakAfterMinutes')}
          label="Break after (minutes)"
          hint={`${BREAK_AFTER.min} to ${BREAK_AFTER.max}`}
          error={errors[id('breakAfterMinutes')]}
        >
          {(control) => (
            <input
              {...control}
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={BREAK_AFTER.min}
              max={BREAK_AFTER.max}
              value={round.breakAfterMinutes}
              onChange={(event) => dispatch({ type: 'set-round-field', roundKey, field: 'breakAfterMinutes', value: event.target.value })}
            />
          )}
        </Field>
        <PhasesEditor round={round} index={index} dispatch={dispatch} errors={errors} />
      </div>
      <ShadowsEditor round={round} index={index} dispatch={dispatch} errors={errors} />

      {canRemove && (
        <p className="round-card__actions">
          <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'remove-round', roundKey })}>
            Remove round {number}
          </button>
        </p>
      )}
    </fieldset>
  );
}
