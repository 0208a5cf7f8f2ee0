import { CreateLoopRequest } from '@mockloop/shared/loop/setup';
import { toCreateLoopInput } from './toRequest';
import type { StepIndex, WizardState } from './wizardState';

/**
 * Validation is the shared CreateLoopRequest schema, run on the whole draft; each issue is
 * routed to the wizard step and the field that owns its path. Server 400s (whose paths look
 * like "body.rounds.2.title") go through the same mapping, so both show up the same way.
 */

type IssuePath = readonly (string | number)[];
interface IssueLike {
  path: IssuePath;
  message: string;
  code?: string;
}

export interface FieldError {
  /** The DOM id of the field (or group) the message belongs to. */
  id: string;
  /** Names the field in the error summary, e.g. "Round 3: interviewer name". */
  label: string;
  message: string;
  step: StepIndex;
}

/** The DOM id for a request path: `fieldId(['rounds', 2, 'title'])` is "loop-rounds-2-title". */
export function fieldId(path: IssuePath): string {
  return ['loop', ...path].join('-');
}

export function errorId(id: string): string {
  return `${id}-error`;
}

/** Every problem in the draft, in form order. */
export function validateDraft(state: WizardState): FieldError[] {
  const result = CreateLoopRequest.safeParse(toCreateLoopInput(state));
  if (result.success) return [];
  return toFieldErrors(
    state,
    result.error.issues.map((issue) => ({ path: issue.path.filter(isKey), message: issue.message, code: issue.code })),
  );
}

/** Reads the `details.issues` of a 400 from POST /api/loops; anything unexpected yields []. */
export function serverIssues(details: unknown): IssueLike[] {
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues)) return [];
  return details.issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') return [];
    const parts = path.split('.').filter((part) => part !== '');
    if (parts[0] === 'body') parts.shift();
    return [{ path: parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message }];
  });
}

export function toFieldErrors(state: WizardState, issues: readonly IssueLike[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = fieldPath(state, issue.path);
    const id = fieldId(path);
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push({ id, label: fieldLabel(path), message: messageFor(issue, path), step: stepOf(path) });
  }
  return errors;
}

/** Paths the form shows somewhere else than the request shape suggests. */
function fieldPath(state: WizardState, path: IssuePath): IssuePath {
  const [root] = path;
  if (root === 'startsAt') return /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? ['time'] : ['date'];
  if (root === 'organizer' && state.organizerIsCandidate) return ['candidate', ...path.slice(1)];
  if (root === 'lpsPerInterviewer') return ['lpsPerInterviewer', path[1] === 'max' ? 'max' : 'min'];
  if (root === 'rounds' && (path[2] === 'pinnedLps' || path[2] === 'assignedLps')) return path.slice(0, 2).concat('assignedLps');
  if (root === 'focusLps') return ['focusLps'];
  return path;
}

const STEP_OF_ROOT: Record<string, StepIndex> = {
  candidate: 0,
  organizer: 0,
  targetRole: 0,
  date: 0,
  time: 0,
  timeZone: 0,
  meetingUrl: 0,
  focusLps: 2,
  lpsPerInterviewer: 2,
};

function stepOf(path: IssuePath): StepIndex {
  const [root] = path;
  if (root === 'rounds') return path[2] === 'assignedLps' ? 2 : 1;
  return typeof root === 'string' ? (STEP_OF_ROOT[root] ?? 3) : 3;
}

const ROOT_LABELS: Record<string, string> = {
  date: 'Date',
  time: 'Start time',
  timeZone: 'Time zone',
  targetRole: 'Target role',
  meetingUrl: 'Meeting link',
  focusLps: 'Focus Leadership Principles',
  scorecardDueMinutes: 'Scorecard deadline',
};

const ROUND_FIELD_LABELS: Record<string, string> = {
  title: 'title',
  kind: 'kind',
  durationMinutes: 'duration',
  breakAfterMinutes: 'break after',
  phases: 'phases',
  isBarRaiser: 'Bar Raiser',
  assignedLps: 'Leadership Principles',
};

function fieldLabel(path: IssuePath): string {
  const [root, a, b, c, d] = path;
  if (root === 'candidate') return a === 'email' ? 'Candidate email' : 'Candidate name';
  if (root === 'organizer') return 'Your name';
  if (root === 'lpsPerInterviewer') return a === 'max' ? 'Most LPs per interviewer' : 'Fewest LPs per interviewer';
  if (root === 'rounds' && typeof a === 'number') {
    const round = `Round ${a + 1}`;
    if (b === 'interviewer') return `${round}: interviewer ${c === 'email' ? 'email' : 'name'}`;
    if (b === 'phases' && typeof c === 'number') return `${round}: phase ${c + 1} ${d === 'label' ? 'name' : 'minutes'}`;
    if (b === 'shadows' && typeof c === 'number') return `${round}: shadow ${c + 1} ${d === 'email' ? 'email' : 'name'}`;
    return `${round}: ${typeof b === 'string' ? (ROUND_FIELD_LABELS[b] ?? b) : 'round'}`;
  }
  if (root === 'rounds') return 'Rounds';
  return typeof root === 'string' ? (ROOT_LABELS[root] ?? root) : 'Loop';
}

function messageFor(issue: IssueLike, path: IssuePath): string {
  const last = path.at(-1);
  if (last === 'assignedLps') {
    if (issue.code === 'too_small' || /too small|>=/i.test(issue.message)) return 'Give this interviewer at least one LP.';
    if (issue.code === 'too_big' || /too big|<=/i.test(issue.message)) return 'An interviewer can probe at most 4 LPs.';
  }
  if (last === 'focusLps' && (issue.code === 'too_small' || /too small/i.test(issue.message))) return 'Choose at least one focus LP.';
  if (path[0] === 'date') return 'Choose the day of the loop.';
  if (path[0] === 'time') return 'Choose the start time.';
  if (/expected number, received NaN/i.test(issue.message)) return 'Enter a whole number of minutes.';
  return sentence(issue.message);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function isKey(key: PropertyKey): key is string | number {
  return typeof key === 'string' || typeof key === 'number';
}
