import type { Dispatch } from 'react';
import { Field } from './Field';
import { fieldId } from './validation';
import type { WizardAction } from './wizardReducer';
import type { RoundDraft } from './wizardState';

interface ShadowsEditorProps {
  round: RoundDraft;
  index: number;
  dispatch: Dispatch<WizardAction>;
  errors: Record<string, string>;
}

const MAX_SHADOWS = 3;

/** Observers of a round: they see it live and take notes, but write no scorecard. */
export function ShadowsEditor({ round, index, dispatch, errors }: ShadowsEditorProps) {
  const roundKey = round.key;
  return (
    <fieldset className="shadows">
      <legend className="phases__legend">Shadows</legend>
      <p className="field__hint">Optional observers who watch this round but write no scorecard.</p>
      {round.shadows.length > 0 && (
        <ol className="shadows__list">
          {round.shadows.map((shadow, shadowIndex) => {
            const id = (field: string) => fieldId(['rounds', index, 'shadows', shadowIndex, field]);
            const number = shadowIndex + 1;
            return (
              <li key={shadow.key} className="shadows__row">
                <Field id={id('name')} label={`Shadow ${number} name`} error={errors[id('name')]}>
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      type="text"
                      autoComplete="off"
                      value={shadow.name}
                      onChange={(event) =>
                        dispatch({ type: 'set-shadow', roundKey, shadowKey: shadow.key, field: 'name', value: event.target.value })
                      }
                    />
                  )}
                </Field>
                <Field id={id('email')} label={`Shadow ${number} email`} optional error={errors[id('email')]}>
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      type="email"
                      autoComplete="off"
                      value={shadow.email}
                      onChange={(event) =>
                        dispatch({ type: 'set-shadow', roundKey, shadowKey: shadow.key, field: 'email', value: event.target.value })
                      }
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => dispatch({ type: 'remove-shadow', roundKey, shadowKey: shadow.key })}
                >
                  Remove<span className="visually-hidden"> shadow {shadow.name || number}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {round.shadows.length < MAX_SHADOWS && (
        <p>
          <button type="button" className="button button--quiet button--small" onClick={() => dispatch({ type: 'add-shadow', roundKey })}>
            Add a shadow
          </button>
        </p>
      )}
    </fieldset>
  );
}
