import type { BoardInterviewer, BoardStory, DebriefBoard, DebriefPhase } from '@mockloop/shared/debrief/board';
import type { LpRating } from '@mockloop/shared/scales';

/** The steps shown in the stepper; `decided` waits on publishing, `published` ends the debrief. */
export const STEPS = [
  { key: 'read', label: 'Read' },
  { key: 'revote', label: 'Re-vote' },
  { key: 'discuss', label: 'Discuss' },
  { key: 'decide', label: 'Decide' },
  { key: 'publish', label: 'Publish' },
] as const;

const STEP_INDEX: Record<DebriefPhase, number> = { read: 0, revote: 1, discuss: 2, decide: 3, decided: 4, published: 5 };

/** Where the debrief stands, as an index into STEPS (5 once published: every step done). */
export function stepIndex(phase: DebriefPhase): number {
  return STEP_INDEX[phase];
}

export const PHASE_LABELS: Record<DebriefPhase, string> = {
  read: 'Read',
  revote: 'Re-vote',
  discuss: 'Discuss',
  decide: 'Decide',
  decided: 'Decided, not yet published',
  published: 'Published',
};

/** What each phase asks of the panel, one sentence each. */
export const PHASE_HINTS: Record<DebriefPhase, string> = {
  read: 'Read every scorecard and mark each one as read.',
  revote: 'Keep or change your vote. Your first vote stays on record beside the new one.',
  discuss: 'The Bar Raiser puts one LP or story in the spotlight at a time.',
  decide: 'The Bar Raiser records Hire or No Hire with a rationale.',
  decided: 'The decision is recorded; the Bar Raiser publishes feedback to the candidate.',
  published: 'The feedback is published to the candidate.',
};

/** A symbol beside each rating word, so the scale reads without color. */
export const RATING_ICONS: Record<LpRating, string> = {
  'raises-the-bar': '▲',
  meets: '●',
  below: '▼',
  'not-assessed': '○',
};

export { lpName } from '@mockloop/shared/lp/names';

export function interviewerOf(board: DebriefBoard, participantId: string): BoardInterviewer | undefined {
  return board.interviewers.find((i) => i.participantId === participantId);
}

/** "Round 2 · Ben", how a story or scorecard is attributed on the board. */
export function storyByline(board: DebriefBoard, story: BoardStory): string {
  // The narrative of the writing exercise is read as a story of its own "round" 0.
  if (story.roundPosition === 0) return 'Writing exercise';
  const who = interviewerOf(board, story.participantId);
  return `Round ${story.roundPosition}${who ? ` · ${who.name}` : ''}`;
}

/** A short handle for a story in lists and the spotlight picker. */
export function storyTitle(story: BoardStory): string {
  const text = story.situation.trim() || story.questionText;
  return text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text;
}

/** The phrases of every conflict that touch a story, for highlighting inside its text. */
export function phrasesFor(board: DebriefBoard, storyId: string): string[] {
  return board.conflicts.flatMap((c) => c.stories.flatMap((id, index) => (id === storyId ? [c.phrases[index]!] : [])));
}
