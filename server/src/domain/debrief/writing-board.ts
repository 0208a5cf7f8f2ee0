import { countWords, isFinal, type BoardStory, type DebriefWriting, type LengthLimit, type LpId, type WritingPrompt, type WritingReview, type WritingStatus } from '@mockloop/shared';
import type { DebriefBoard } from '@mockloop/shared';
import { countWeAndI, hasMeasurableResult } from './story-reading.js';

/** The writing exercise as the debrief reads it; only a final text ever reaches the board. */
export type WritingInput = {
  exerciseId: string;
  candidateId: string;
  prompt: WritingPrompt;
  status: WritingStatus;
  text: string;
  lengthLimit: LengthLimit;
  reviewerIds: string[];
  reviews: WritingReview[];
};

/** The board's writing section: the final text and the submitted reviews. */
export function debriefWriting(input: WritingInput | null | undefined): DebriefWriting | null {
  if (!input || !isFinal(input.status)) return null;
  return {
    exerciseId: input.exerciseId,
    promptTitle: input.prompt.title,
    promptKind: input.prompt.kind,
    status: input.status,
    text: input.text,
    words: countWords(input.text),
    lengthLimit: input.lengthLimit,
    reviewerIds: input.reviewerIds,
    reviews: input.reviews.filter((r) => r.status === 'submitted'),
    storyId: narrativeStory(input) ? input.exerciseId : null,
  };
}

/**
 * A narrative is a story told in writing: the checker reads it beside the stories told in the
 * rounds, so a retelling that disagrees with it is found like any other. It counts as round 0
 * (its own "round"), and its text goes in as the action, where the checker also looks for the
 * ending when no result is written separately. PR/FAQs and memos describe products, not what
 * the candidate did, so they are not read as stories.
 */
export function narrativeStory(input: WritingInput | null | undefined): BoardStory | null {
  if (!input || !isFinal(input.status) || input.prompt.kind !== 'narrative') return null;
  const action = plainText(input.text);
  if (!action.trim()) return null;
  const lps = [...new Set(input.reviews.filter((r) => r.status === 'submitted').flatMap((r) => r.draft.lpsShown))] as LpId[];
  const { we, i } = countWeAndI(action);
  return {
    id: input.exerciseId,
    participantId: input.candidateId,
    roundPosition: 0,
    questionText: input.prompt.title,
    lps,
    situation: '',
    task: '',
    action,
    result: '',
    flags: [],
    // Nobody interviews a written narrative, so nothing is confirmed: its facts come from the text.
    dataPoints: {},
    // A written narrative is not told from the bank (only an interviewer links a told story).
    bankStoryId: null,
    bankTitle: null,
    missingResult: false,
    noMeasurableResult: !hasMeasurableResult(action),
    weCount: we,
    iCount: i,
  };
}

/** Markdown to the words a reader reads: no heading marks, emphasis, table rules or pipes. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\|/g, ' ')
    .replace(/^\s*([-+]|\d+[.)])\s+/gm, '');
}

/**
 * Reviews stay independent until each reviewer's own is in, as scorecards do: a reviewer of
 * the writing who has not submitted theirs sees only their own on the board.
 */
export function writingReviewsFor(board: DebriefBoard, viewerId: string): DebriefBoard {
  const writing = board.writing;
  if (!writing || !writing.reviewerIds.includes(viewerId) || writing.reviews.some((r) => r.reviewerId === viewerId)) return board;
  return { ...board, writing: { ...writing, reviews: [] } };
}
