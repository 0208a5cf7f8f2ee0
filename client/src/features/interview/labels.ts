import type { SaveStatus } from '../../autosave/engine';

/** The words of the interviewer's panel, in one place. */
export const NOTES_LABEL = 'Private notes — never shown to the candidate';
export const LOCKED_LABEL = 'Submitted — locked';

export function saveLabel(status: SaveStatus, pending: number): string {
  if (status === 'offline') {
    const waiting = pending === 0 ? 'no changes waiting' : pending === 1 ? '1 change waiting' : `${pending} changes waiting`;
    return `Offline — ${waiting}`;
  }
  return status === 'saving' ? 'Saving…' : 'Saved';
}

export const STAR_FIELDS = [
  { field: 'situation', label: 'Situation', hint: 'Where and when; what was at stake.' },
  { field: 'task', label: 'Task', hint: 'What the candidate personally had to do.' },
  { field: 'action', label: 'Action', hint: 'What they did — listen for "I", not "we".' },
  { field: 'result', label: 'Result', hint: 'What changed, ideally with a number.' },
] as const;
