import type { Dispatch } from 'react';
import { FieldError } from './Field';
import { errorId, fieldId } from './validation';
import { wholeMinutes, type WizardAction } from './wizardReducer';
import type { RoundDraft } from './wizardState';

interface PhasesEditorProps {
  round: RoundDraft;
  index: number;
  dispatch: Dispatch<WizardAction>;
  errors: Record<string, string>;
}

const MAX_PHASES = 8;

/** The round's phases with their minutes, and a live check that they fill the round exactly. */
export function PhasesEditor({ round, index, dispatch, errors }: PhasesEditorProps) {
  const groupId = fieldId(['rounds', index, 'phases']);
  const totalId = `${groupId}-total`;
  const roundKey = round.key;
  const total = round.phases.reduce((sum, phase) => sum + (wholeMinutes(phase.minutes) ?? 0), 0);
  const duration = wholeMinutes(round.durationMinutes);
  const mismatch =
    duration !== null && total !== duration
      ? `The phases add up to ${total} minutes but the round lasts ${duration}. ${total < duration ? `Add ${duration - total}` : `Remove ${total - duration}`} minutes.`
      : undefined;
  // The live mismatch says the same as the schema's phases error, so only one of them shows.
  const groupError = mismatch ?? errors[groupId];

  return (
    <fieldset id={groupId} className="phases" aria-describedby={groupError ? errorId(groupId) : undefined}>
      <legend className="phases__legend">Phases</legend>
      <ol className="phases__list">
        {round.phases.map((phase, phaseIndex) => {
          const labelId = fieldId(['rounds', index, 'phases', phaseIndex, 'label']);
          const minutesId = fieldId(['rounds', index, 'phases', phaseIndex, 'minutes']);
          const minutesDescribedBy = [totalId, groupError ? errorId(groupId) : null, errors[minutesId] ? errorId(minutesId) : null]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={phase.key} className="phases__row">
              <div className="phases__name">
                <label className="visually-hidden" htmlFor={labelId}>
                  Phase {phaseIndex + 1} name
                </label>
                <input
                  id={labelId}
                  className="input"
                  type="text"
                  value={phase.label}
                  aria-invalid={errors[labelId] ? true : undefined}
                  aria-describedby={errors[labelId] ? errorId(labelId) : undefined}
                  onChange={(event) =>
                    dispatch({ type: 'set-phase', roundKey, phaseKey: phase.key, field: 'label', value: event.target.value })
                  }
                />
              </div>
              <div className="phases__minutes">
                <label htmlFor={minutesId}>
                  <span className="visually-hidden">{phase.label || `Phase ${phaseIndex + 1}`}, </span>min
                </label>
                <input
                  id={minutesId}
                  className="input input--number"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={90}
                  value={phase.minutes}
                  aria-invalid={groupError || errors[minutesId] ? true : undefined}
                  aria-describedby={minutesDescribedBy}
                  onChange={(event) =>
                    dispatch({ type: 'set-phase', roundKey, phaseKey: phase.key, field: 'minutes', value: event.target.value })
                  }
                />
              </div>
              {round.phases.length > 1 && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => dispatch({ type: 'remove-phase', roundKey, phaseKey: phase.key })}
                >
                  Remove<span className="visually-hidden"> phase {phase.label || phaseIndex + 1}</span>
                </button>
              )}
              <FieldError id={labelId} error={errors[labelId]} />
              <FieldError id={minutesId} error={errors[minutesId]} />
            </li>
          );
        })}
      </ol>
      <p className={`phases__total${mismatch ? ' phases__total--off' : ''}`} id={totalId} aria-live="polite">
        Total: {total} of {duration ?? '?'} minutes{mismatch ? '' : duration !== null ? ' ✓' : ''}
      </p>
      <FieldError id={groupId} error={groupError} />
      <div className="button-row">
        {round.phases.length < MAX_PHASES && (
          <button type="button" className="button button--quiet button--small" onClick={() => dispatch({ type: 'add-phase', roundKey })}>
            Add a phase
          </button>
        )}
        {round.phasesEdited && (
          <button type="button" className="button button--quiet button--small" onClick={() => dispatch({ type: 'reset-phases', roundKey })}>
            Reset to default phases
          </button>
        )}
      </div>
    </fieldset>
  );
}
