import type { ReactNode } from 'react';
import { errorId } from './validation';

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  /** Renders the control with the id and ARIA wiring that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and an inline error it is described by. */
export function Field({ id, label, error, hint, optional = false, className, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId(id) : null].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;

  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> (optional)</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children(control)}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The inline message under a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field__error" id={errorId(id)}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}
