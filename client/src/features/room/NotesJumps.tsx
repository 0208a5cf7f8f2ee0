/**
 * Where an interviewer's notes are: the question list, the story cards and the scorecard sit
 * thousands of pixels apart on a phone, so these jump straight to each one's heading (the
 * headings belong to the interview panel; a jump before it has loaded does nothing).
 */
const SECTIONS = [
  { headingId: 'iv-questions-title', label: 'Questions' },
  { headingId: 'iv-stories-title', label: 'Stories' },
  { headingId: 'iv-scorecard-title', label: 'Scorecard' },
] as const;

export function NotesJumps({ className, lead }: { className: string; lead?: string }) {
  return (
    <nav className={`notes-jumps ${className}`} aria-label="Your notes">
      {lead ? <span className="notes-jumps__lead">{lead}</span> : null}
      {SECTIONS.map(({ headingId, label }) => (
        <button key={headingId} type="button" className="button notes-jumps__button" onClick={() => jumpTo(headingId)}>
          {label}
        </button>
      ))}
    </nav>
  );
}

function jumpTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  const section = heading.closest('section') ?? heading;
  section.scrollIntoView({ block: 'start' });
  // Keyboard and screen reader users continue from the section they jumped to.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}
