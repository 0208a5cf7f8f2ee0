import type { FieldError } from './validation';

interface ErrorSummaryProps {
  errors: readonly FieldError[];
  onFocusField: (id: string) => void;
}

/** Every problem on the step, each a link to its field, so nothing is missed on a long step. */
export function ErrorSummary({ errors, onFocusField }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title" className="error-summary__title">
        {errors.length === 1 ? 'Fix this to continue' : `Fix these ${errors.length} things to continue`}
      </h3>
      <ul>
        {errors.map((error) => (
          <li key={error.id}>
            <a
              href={`#${error.id}`}
              onClick={(event) => {
                event.preventDefault();
                onFocusField(error.id);
              }}
            >
              {error.label}: {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
