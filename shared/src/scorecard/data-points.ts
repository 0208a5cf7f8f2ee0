import { z } from 'zod';
import { ShortText } from '../text.js';
import {
  DATA_POINT_SLOTS,
  DURATION_MEASURES,
  DURATION_UNITS,
  OUTCOME_EVENTS,
  ROLE_PARTS,
  slotOf,
  TEAM_OWNERS,
  type DataPointValue as DataPointValueType,
} from './data-point-values.js';

// Slots, labels and wording are in data-point-values.ts (no zod); this module holds the schemas.
export * from './data-point-values.js';

export const DataPointSlot = z.enum(DATA_POINT_SLOTS);

const Figure = z.number().finite().min(-1e12).max(1e12);

/** One structured fact of a story, as the interviewer confirmed it. */
export const DataPointValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), size: z.int().min(1).max(100_000), whose: z.enum(TEAM_OWNERS) }),
  z.object({ kind: z.literal('role'), part: z.enum(ROLE_PARTS), of: z.int().min(2).max(100_000).nullable() }),
  z.object({ kind: z.literal('duration'), measures: z.enum(DURATION_MEASURES), amount: z.number().finite().gt(0).max(10_000), unit: z.enum(DURATION_UNITS) }),
  z.object({ kind: z.literal('metric'), name: z.string().trim().max(80), before: Figure.nullable(), after: Figure.nullable(), unit: z.string().trim().max(20) }),
  z.object({ kind: z.literal('outcome'), event: z.enum(OUTCOME_EVENTS), happened: z.boolean() }),
]) satisfies z.ZodType<DataPointValueType>;
export type DataPointValue = DataPointValueType;

/** The phrase of the notes a value came from (null when the interviewer typed it in). */
const SourcePhrase = ShortText.nullable();

/** What the interviewer did with a slot: confirmed a value (perhaps edited), or dismissed the suggestion. */
export const DataPointEntry = z.discriminatedUnion('status', [
  z.object({ status: z.literal('confirmed'), value: DataPointValue, phrase: SourcePhrase }),
  z.object({ status: z.literal('dismissed'), phrase: SourcePhrase }),
]);
export type DataPointEntry = z.infer<typeof DataPointEntry>;

/** A story card's data points by slot; a slot left out has no decision yet. */
export const StoryDataPoints = z.partialRecord(DataPointSlot, DataPointEntry);
export type StoryDataPoints = z.infer<typeof StoryDataPoints>;

/** The patch op's payload: a whole slot at once, or null to take the decision back. */
export const SetStoryDataPoint = z
  .object({ op: z.literal('setStoryDataPoint'), storyId: z.uuid(), slot: DataPointSlot, entry: DataPointEntry.nullable() })
  .refine((op) => op.entry?.status !== 'confirmed' || slotOf(op.entry.value) === op.slot, { message: 'the value does not belong in this slot', path: ['entry', 'value'] });

const StarFieldName = z.enum(['situation', 'task', 'action', 'result']);

/** A value the checker read from the notes, with where it read it (offsets into that field). */
export const DataPointSuggestion = z.object({
  slot: DataPointSlot,
  value: DataPointValue,
  phrase: z.string(),
  field: StarFieldName,
  start: z.int().min(0),
  end: z.int().min(0),
});
export type DataPointSuggestion = z.infer<typeof DataPointSuggestion>;

/** `scorecard:suggest`: suggestions for one story of the caller's own scorecard, from its saved text. */
export const SuggestDataPoints = z.object({ scorecardId: z.uuid(), storyId: z.uuid() });
export type SuggestDataPoints = z.infer<typeof SuggestDataPoints>;

export const DataPointSuggestions = z.object({
  storyId: z.uuid(),
  suggestions: z.array(DataPointSuggestion),
  /** The shared bank story this telling most likely comes from (titles only), when the card names none yet. */
  bankStory: z.object({ id: z.uuid(), title: z.string() }).nullable().optional(),
});
export type DataPointSuggestions = z.infer<typeof DataPointSuggestions>;
