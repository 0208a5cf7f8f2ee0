import { MAX_LPS_PER_INTERVIEWER, MIN_LPS_PER_INTERVIEWER } from '@mockloop/shared/lp/assignment-schema';
import { LEADERSHIP_PRINCIPLES, type LpId } from '@mockloop/shared/lp/catalogue';
import { defaultFocusLps } from '@mockloop/shared/lp/focus-presets';
import { TARGET_ROLE_LABELS } from '@mockloop/shared/loop/target-role';
import { useMemo } from 'react';
import type { StepProps } from './CandidateStep';
import { Field, FieldError } from './Field';
import { LpMatrix } from './LpMatrix';
import { coverageOf, currentMatrix } from './matrix';
import { errorId, fieldId } from './validation';

const COUNTS = Array.from({ length: MAX_LPS_PER_INTERVIEWER - MIN_LPS_PER_INTERVIEWER + 1 }, (_, i) => MIN_LPS_PER_INTERVIEWER + i);

/** Step 3: which LPs the loop covers, how many per interviewer, and (unless the organizer is the candidate) who asks which. */
export function LpStep({ state, dispatch, errors }: StepProps) {
  const focusId = fieldId(['focusLps']);
  const minId = fieldId(['lpsPerInterviewer', 'min']);
  const maxId = fieldId(['lpsPerInterviewer', 'max']);
  const byRound = useMemo(() => currentMatrix(state), [state]);
  const coverage = useMemo(() => coverageOf(state), [state]);
  const isPreset = sameSet(state.focusLps, defaultFocusLps(state.targetRole));
  const roleLabel = TARGET_ROLE_LABELS[state.targetRole];

  return (
    <div className="stack stack--loose">
      <fieldset id={focusId} className="lp-focus" aria-describedby={errors[focusId] ? errorId(focusId) : `${focusId}-hint`}>
        <legend className="lp-focus__legend">Focus Leadership Principles</legend>
        <p className="field__hint" id={`${focusId}-hint`}>
          {state.focusLps.length} of {LEADERSHIP_PRINCIPLES.length} chosen.{' '}
          {isPreset ? `This is the ${roleLabel} preset.` : `Changed from the ${roleLabel} preset.`}
        </p>
        <FieldError id={focusId} error={errors[focusId]} />
        <ul className="lp-focus__list">
          {LEADERSHIP_PRINCIPLES.map((lp) => (
            <li key={lp.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={state.focusLps.includes(lp.id)}
                  onChange={() => dispatch({ type: 'toggle-focus-lp', lp: lp.id })}
                />
                {lp.name}
              </label>
            </li>
          ))}
        </ul>
        {!isPreset && (
          <p>
            <button type="button" className="button button--small" onClick={() => dispatch({ type: 'reset-focus-lps' })}>
              Reset to the {roleLabel} preset
            </button>
          </p>
        )}
      </fieldset>

      <fieldset className="lp-limits">
        <legend className="lp-focus__legend">LPs per interviewer</legend>
        <div className="field-grid field-grid--narrow">
          <Field id={minId} label="At least" error={errors[minId]}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={state.perInterviewer.min}
                onChange={(event) => dispatch({ type: 'set-per-interviewer', limits: { ...state.perInterviewer, min: Number(event.target.value) } })}
              >
                {COUNTS.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={maxId} label="At most" error={errors[maxId]}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={state.perInterviewer.max}
                onChange={(event) => dispatch({ type: 'set-per-interviewer', limits: { ...state.perInterviewer, max: Number(event.target.value) } })}
              >
                {COUNTS.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      {state.organizerIsCandidate ? (
        <section className="wizard-note stack stack--tight" aria-labelledby="lp-hidden-title">
          <h3 id="lp-hidden-title">Who asks about which LP stays hidden from you</h3>
          <p>
            You are the candidate, so MockLoop gives each interviewer their Leadership Principles from your focus list
            when the loop is created, and only the interviewers see them, as in a real loop.
          </p>
        </section>
      ) : (
        <LpMatrix
          rounds={state.rounds}
          barRaiserKey={state.barRaiserKey}
          focusLps={state.focusLps}
          byRound={byRound}
          coverage={coverage}
          handEdited={state.matrix !== null}
          errors={errors}
          onToggle={(roundKey: string, lp: LpId) => dispatch({ type: 'toggle-cell', roundKey, lp })}
          onRerun={() => dispatch({ type: 'rerun-assignment' })}
        />
      )}
    </div>
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
