import type { DataPointEntry } from '../scorecard/data-points.js';
import type { DataPointSlot } from '../scorecard/data-point-values.js';
import type { BankPatchOp } from './contract.js';
import type { BankStory } from './values.js';

/** Applies bank ops in order; pure, so the bank page and the server agree on the result. */
export function applyBankOps(stories: readonly BankStory[], ops: readonly BankPatchOp[]): BankStory[] {
  let next = [...stories];
  for (const op of ops) next = applyOp(next, op);
  return next;
}

function applyOp(stories: BankStory[], op: BankPatchOp): BankStory[] {
  const change = (id: string, edit: (s: BankStory) => BankStory) => stories.map((s) => (s.id === id ? edit(s) : s));
  switch (op.op) {
    case 'addStory':
      // A replayed add keeps the story as it is now, so later edits are not undone.
      return stories.some((s) => s.id === op.story.id) ? stories : [...stories, op.story];
    case 'setStoryText':
      return change(op.storyId, (s) => ({ ...s, [op.field]: op.value }));
    case 'setStoryLps':
      return change(op.storyId, (s) => ({ ...s, lps: [...new Set(op.value)] }));
    case 'setStoryDataPoint':
      return change(op.storyId, (s) => ({ ...s, dataPoints: withSlot(s.dataPoints, op.slot, op.entry) }));
    case 'removeStory':
      return stories.filter((s) => s.id !== op.storyId);
  }
}

function withSlot(points: BankStory['dataPoints'], slot: DataPointSlot, entry: DataPointEntry | null): BankStory['dataPoints'] {
  const { [slot]: _old, ...rest } = points;
  return entry ? { ...rest, [slot]: entry } : rest;
}

/** The field an op writes: the bank page holds back remote edits to fields it has pending. */
export function bankOpFieldKey(op: BankPatchOp): string {
  switch (op.op) {
    case 'addStory':
      return `story:${op.story.id}`;
    case 'removeStory':
      return `story:${op.storyId}`;
    case 'setStoryText':
      return `story:${op.storyId}:${op.field}`;
    case 'setStoryLps':
      return `story:${op.storyId}:lps`;
    case 'setStoryDataPoint':
      return `story:${op.storyId}:data:${op.slot}`;
  }
}
