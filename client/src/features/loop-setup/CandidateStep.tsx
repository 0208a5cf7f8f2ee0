import { TARGET_ROLE_LABELS, TargetRole } from '@mockloop/shared/loop/target-role';
import type { Dispatch } from 'react';
import { Field } from './Field';
import { timeZoneOptions } from './timeZones';
import { fieldId } from './validation';
import type { WizardAction } from './wizardReducer';
import type { WizardState } from './wizardState';

interface StepProps {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  errors: Record<string, string>;
}

/** Step 1: who the loop is for, who runs it, and when. */
export function CandidateStep({ state, dispatch, errors }: StepProps) {
  const id = (...path: string[]) => fieldId(path);
  const setLoop = (field: 'organizerName' | 'date' | 'time' | 'timeZone' | 'meetingUrl', value: string) =>
    dispatch({ type: 'set-loop-field', field, value });

  return (
    <div className="stack">
      <div className="field-grid">
        <Field id={id('candidate', 'name')} label="Candidate name" error={errors[id('candidate', 'name')]}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="off"
              value={state.candidate.name}
              onChange={(event) => dispatch({ type: 'set-candidate', field: 'name', value: event.target.value })}
            />
          )}
        </Field>
        <Field id={id('candidate', 'email')} label="Candidate email" optional error={errors[id('candidate', 'email')]}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              autoComplete="off"
              value={state.candidate.email}
              onChange={(event) => dispatch({ type: 'set-candidate', field: 'email', value: event.target.value })}
            />
          )}
        </Field>
      </div>

      <div className="stack stack--tight">
        <label className="check">
          <input
            type="checkbox"
            checked={state.organizerIsCandidate}
            onChange={(event) => dispatch({ type: 'set-organizer-is-candidate', value: event.target.checked })}
          />
          I am the candidate (I am organizing my own mock loop)
        </label>
        {state.organizerIsCandidate ? (
          <p className="wizard-note" id="candidate-mode-note">
            MockLoop will pick the Bar Raiser and give each interviewer their Leadership Principles without showing you, as in
            a real loop. Your dashboard leaves them out too.
          </p>
        ) : null}
        <Field
          id={id('organizer', 'name')}
          label="Your name"
          hint={state.organizerIsCandidate ? 'Filled in from the candidate name.' : 'You run the loop and get the organizer dashboard.'}
          error={errors[id('organizer', 'name')]}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="name"
              readOnly={state.organizerIsCandidate}
              value={state.organizerIsCandidate ? state.candidate.name : state.organizerName}
              onChange={(event) => setLoop('organizerName', event.target.value)}
            />
          )}
        </Field>
      </div>

      <Field
        id={id('targetRole')}
        label="Target role"
        hint="Picks the suggested rounds and focus Leadership Principles; you can change both later."
        error={errors[id('targetRole')]}
      >
        {(control) => (
          <select
            {...control}
            className="input"
            value={state.targetRole}
            onChange={(event) => dispatch({ type: 'set-target-role', role: TargetRole.parse(event.target.value) })}
          >
            {TargetRole.options.map((role) => (
              <option key={role} value={role}>
                {TARGET_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <div className="field-grid field-grid--thirds">
        <Field id={id('date')} label="Date" error={errors[id('date')]}>
          {(control) => (
            <input {...control} className="input" type="date" value={state.date} onChange={(event) => setLoop('date', event.target.value)} />
          )}
        </Field>
        <Field id={id('time')} label="Start time" error={errors[id('time')]}>
          {(control) => (
            <input {...control} className="input" type="time" value={state.time} onChange={(event) => setLoop('time', event.target.value)} />
          )}
        </Field>
        <Field id={id('timeZone')} label="Time zone" error={errors[id('timeZone')]}>
          {(control) => (
            <select {...control} className="input" value={state.timeZone} onChange={(event) => setLoop('timeZone', event.target.value)}>
              {timeZoneOptions().map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Field
        id={id('meetingUrl')}
        label="Meeting link"
        optional
        hint="The video call everyone joins, e.g. a Zoom or Google Meet link."
        error={errors[id('meetingUrl')]}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            value={state.meetingUrl}
            onChange={(event) => setLoop('meetingUrl', event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}

export type { StepProps };
