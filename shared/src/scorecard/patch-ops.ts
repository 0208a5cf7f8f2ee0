import type { LpId } from '../lp/principles.js';
import type { ScorecardDraft, StoryCard } from './draft.js';
import type { PatchOp } from './patch.js';
import type { DataPointEntry } from './data-points.js';
import type { DataPointSlot } from './data-point-values.js';

// Scorecard ops applied and sized without zod, so the interviewer's page does not download
// it; patch.ts holds the schemas and re-exports all of this.

export type PatchAck = { version: number; duplicate: boolean };

/** Patches stay under this size on the wire (the socket refuses messages over 64 KB). */
export const MAX_PATCH_BYTES = 40 * 1024;

/** Bytes an op list takes as JSON in UTF-8, which is what the socket limit counts. */
export function patchBytes(ops: readonly PatchOp[]): number {
  return new TextEncoder().encode(JSON.stringify(ops)).length;
}

/**
 * An op small enough to send on its own: a new story written in full (rare: cards start
 * nearly empty) becomes an empty card plus one edit per field. Every other op is already
 * small, since each text field is limited to 10,000 characters.
 */
export function splitOversizedOp(op: PatchOp): PatchOp[] {
  if (op.op !== 'addStory' || patchBytes([op]) <= MAX_PATCH_BYTES) return [op];
  const fields = ['questionText', 'situation', 'task', 'action', 'result', 'notes'] as const;
  const empty = { ...op.story, ...Object.fromEntries(fields.map((f) => [f, ''])) };
  return [
    { op: 'addStory', story: empty },
    ...fields.filter((f) => op.story[f] !== '').map((field) => ({ op: 'setStoryText' as const, storyId: op.story.id, field, value: op.story[field] })),
  ];
}

/** A patch another tab (or process) applied: the author's other tabs replay its ops. */
export type ScorecardPatched = { scorecardId: string; version: number; clientId: string; seq: number; ops: PatchOp[] };

/** Applies operations to a draft; pure, so client and server agree on the result. */
export function applyPatchOps(draft: ScorecardDraft, ops: readonly PatchOp[]): ScorecardDraft {
  let next: ScorecardDraft = draft;
  for (const op of ops) next = applyOp(next, op);
  return next;
}

function applyOp(d: ScorecardDraft, op: PatchOp): ScorecardDraft {
  const rating = (lpId: LpId) => d.ratings[lpId] ?? { rating: null, evidence: '', notAssessedReason: '' };
  const story = (id: string, change: (s: StoryCard) => StoryCard) => ({
    ...d,
    stories: d.stories.map((s) => (s.id === id ? change(s) : s)),
  });
  switch (op.op) {
    case 'setText':
      return { ...d, [op.field]: op.value };
    case 'setVote':
      return { ...d, vote: op.value };
    case 'setRating':
      return { ...d, ratings: { ...d.ratings, [op.lpId]: { ...rating(op.lpId), rating: op.value } } };
    case 'setEvidence':
      return { ...d, ratings: { ...d.ratings, [op.lpId]: { ...rating(op.lpId), evidence: op.value } } };
    case 'setNotAssessedReason':
      return { ...d, ratings: { ...d.ratings, [op.lpId]: { ...rating(op.lpId), notAssessedReason: op.value } } };
    case 'addStory':
      return d.stories.some((s) => s.id === op.story.id) ? d : { ...d, stories: [...d.stories, op.story] };
    case 'setStoryText':
      return story(op.storyId, (s) => ({ ...s, [op.field]: op.value }));
    case 'setStoryLps':
      return story(op.storyId, (s) => ({ ...s, lps: op.value }));
    case 'setStoryFlags':
      return story(op.storyId, (s) => ({ ...s, flags: op.value }));
    case 'setStoryDataPoint':
      return story(op.storyId, (s) => ({ ...s, dataPoints: withSlot(s.dataPoints, op.slot, op.entry) }));
    case 'setStoryBankLink':
      return story(op.storyId, (s) => ({ ...s, bankStoryId: op.bankStoryId }));
    case 'removeStory':
      return { ...d, stories: d.stories.filter((s) => s.id !== op.storyId) };
    case 'markAsked':
      return d.askedQuestionIds.includes(op.questionId) ? d : { ...d, askedQuestionIds: [...d.askedQuestionIds, op.questionId] };
  }
}

/** A story's data points with one slot set, or cleared when `entry` is null. */
function withSlot(points: StoryCard['dataPoints'], slot: DataPointSlot, entry: DataPointEntry | null): StoryCard['dataPoints'] {
  const { [slot]: _old, ...rest } = points;
  return entry ? { ...rest, [slot]: entry } : rest;
}

/** The field an operation writes, used by clients to hold back remote edits to fields they have pending. */
export function opFieldKey(op: PatchOp): string {
  switch (op.op) {
    case 'setText':
      return op.field;
    case 'setVote':
      return 'vote';
    case 'setRating':
    case 'setEvidence':
    case 'setNotAssessedReason':
      return `${op.op}:${op.lpId}`;
    case 'addStory':
    case 'removeStory':
      return `story:${op.op === 'addStory' ? op.story.id : op.storyId}`;
    case 'setStoryText':
      return `story:${op.storyId}:${op.field}`;
    case 'setStoryLps':
      return `story:${op.storyId}:lps`;
    case 'setStoryFlags':
      return `story:${op.storyId}:flags`;
    case 'setStoryDataPoint':
      return `story:${op.storyId}:data:${op.slot}`;
    case 'setStoryBankLink':
      return `story:${op.storyId}:bank`;
    case 'markAsked':
      return `asked:${op.questionId}`;
  }
}
