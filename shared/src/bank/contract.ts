import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { DataPointEntry, DataPointSlot, DataPointSuggestion, slotOf, StoryDataPoints } from '../scorecard/data-points.js';
import { ConflictKind } from '../stories/schema.js';
import { LongText } from '../text.js';
import { BANK_TEXT_FIELDS, MAX_BANK_STORIES, type BankStory as BankStoryType } from './values.js';

export * from './values.js';

export const BankTextField = z.enum(BANK_TEXT_FIELDS);

/** A confirmed value sits in its own slot: a metric filed under "team" would be compared as a team. */
const inItsSlot = (slot: string, entry: DataPointEntry | null | undefined) => entry?.status !== 'confirmed' || slotOf(entry.value) === slot;

/** A bank story's data points: the story card's shape, each confirmed value in its own slot. */
export const BankDataPoints = StoryDataPoints.refine((points) => Object.entries(points).every(([slot, entry]) => inItsSlot(slot, entry)), {
  message: 'a data point value does not belong in its slot',
});

/** A story of the bank as stored and sent. */
export const BankStory = z.object({
  id: z.uuid(),
  title: z.string().trim().max(120, 'a title is at most 120 characters'),
  situation: LongText,
  task: LongText,
  action: LongText,
  result: LongText,
  lps: z.array(LpId).max(16),
  dataPoints: BankDataPoints.default({}),
}) satisfies z.ZodType<BankStoryType, unknown>;
export type BankStory = BankStoryType;

/** Autosave ops of the bank: each sets one field whole, so per field the last applied wins. */
export const BankPatchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addStory'), story: BankStory }),
  z.object({ op: z.literal('setStoryText'), storyId: z.uuid(), field: BankTextField, value: LongText }),
  z.object({ op: z.literal('setStoryLps'), storyId: z.uuid(), value: z.array(LpId).max(16) }),
  z
    .object({ op: z.literal('setStoryDataPoint'), storyId: z.uuid(), slot: DataPointSlot, entry: DataPointEntry.nullable() })
    .refine((op) => inItsSlot(op.slot, op.entry), { message: 'the value does not belong in this slot', path: ['entry', 'value'] }),
  z.object({ op: z.literal('removeStory'), storyId: z.uuid() }),
]);
export type BankPatchOp = z.infer<typeof BankPatchOp>;

/** One autosave of the bank: applied exactly once per (client, seq), in seq order. */
export const BankPatch = z.object({
  clientId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  seq: z.int().min(1).max(2_000_000_000),
  ops: z.array(BankPatchOp).min(1).max(50),
});
export type BankPatch = z.infer<typeof BankPatch>;

export const BankPatchAck = z.object({ version: z.int(), duplicate: z.boolean() });
export type BankPatchAck = z.infer<typeof BankPatchAck>;

/** A loop the bank is attached to, and whether its interviewers see the titles. */
export const BankLoop = z.object({ loopId: z.uuid(), sharedTitles: z.boolean() });

/** The bank as its owner reads it. */
export const Bank = z.object({
  id: z.uuid(),
  version: z.int(),
  stories: z.array(BankStory).max(MAX_BANK_STORIES),
  loops: z.array(BankLoop),
});
export type Bank = z.infer<typeof Bank>;

/** A new bank's owner link: the token is shown once and only its hash is kept. */
export const BankOwnerLink = z.object({ bankId: z.uuid(), ownerToken: z.string() });
export type BankOwnerLink = z.infer<typeof BankOwnerLink>;

/** The candidate attaches a bank they already own to their loop. */
export const AttachBank = z.object({ ownerToken: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'must be a bank owner link token') });
export const ShareBankTitles = z.object({ shared: z.boolean() });

/** What interviewers of a loop may see of a shared bank: titles and LPs, never the text. */
export const BankTitle = z.object({ id: z.uuid(), title: z.string(), lps: z.array(LpId) });
export type BankTitle = z.infer<typeof BankTitle>;
export const LoopBank = z.object({ attached: z.boolean(), sharedTitles: z.boolean(), titles: z.array(BankTitle) });
export type LoopBank = z.infer<typeof LoopBank>;

export const BankFormat = z.enum(['markdown', 'json']);
export type BankFormat = z.infer<typeof BankFormat>;
export const BankImport = z.object({ format: BankFormat, text: z.string().max(500_000) });
export type BankImport = z.infer<typeof BankImport>;
export const BankImported = z.object({ added: z.int(), version: z.int() });

export const StarGap = z.enum(['no-result', 'no-number', 'we-without-i']);
export type StarGap = z.infer<typeof StarGap>;

/** The checker run over the bank: stories about one experience that disagree, and STAR gaps. */
export const BankSelfCheck = z.object({
  conflicts: z.array(z.object({ stories: z.tuple([z.uuid(), z.uuid()]), kind: ConflictKind, detail: z.string(), phrases: z.tuple([z.string(), z.string()]) })),
  gaps: z.array(z.object({ storyId: z.uuid(), gaps: z.array(StarGap) })),
});
export type BankSelfCheck = z.infer<typeof BankSelfCheck>;

/** The checker's reading of one bank story's saved text, as data points the owner may confirm. */
export const BankSuggestions = z.object({ storyId: z.uuid(), suggestions: z.array(DataPointSuggestion) });
export type BankSuggestions = z.infer<typeof BankSuggestions>;
export const BankStoryParams = z.object({ storyId: z.uuid() });

/** An export, wrapped so it travels as JSON; the page offers `text` as a file named `fileName`. */
export const BankExport = z.object({ format: BankFormat, fileName: z.string(), text: z.string() });
export type BankExport = z.infer<typeof BankExport>;
