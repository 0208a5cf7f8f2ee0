import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { Decision, LpRating, Vote } from '../scales.js';
import { Scorecard, StoryFlag } from '../scorecard/draft.js';
import { StoryDataPoints } from '../scorecard/data-points.js';
import { ConflictKind } from '../stories/schema.js';
import { ShortText } from '../text.js';
import { DebriefWriting } from '../writing/debrief.js';

/** The debrief runs read -> re-vote -> discuss -> decide, then the Bar Raiser publishes. */
export const DebriefPhase = z.enum(['read', 'revote', 'discuss', 'decide', 'decided', 'published']);
export type DebriefPhase = z.infer<typeof DebriefPhase>;
/** The phases the Bar Raiser moves through by hand (decided/published follow from actions). */
export const MovablePhase = z.enum(['read', 'revote', 'discuss', 'decide']);

export const Spotlight = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lp'), id: LpId }),
  z.object({ kind: z.literal('story'), id: z.uuid() }),
]);
export type Spotlight = z.infer<typeof Spotlight>;

export const BoardInterviewer = z.object({
  participantId: z.uuid(),
  name: z.string(),
  roundId: z.uuid(),
  roundPosition: z.number(),
  roundTitle: z.string(),
  isBarRaiser: z.boolean(),
  submitted: z.boolean(),
  /** The first vote, from the scorecard; never overwritten. */
  initialVote: Vote.nullable(),
  /** The vote cast in the re-vote phase, if any. */
  revote: Vote.nullable(),
  readScorecardIds: z.array(z.uuid()),
});
export type BoardInterviewer = z.infer<typeof BoardInterviewer>;

export const MatrixCell = z.object({
  participantId: z.uuid(),
  assigned: z.boolean(),
  rating: LpRating.nullable(),
  evidence: z.string(),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixRow = z.object({
  lpId: LpId,
  cells: z.array(MatrixCell),
  /** Assigned to someone who did not assess it. */
  gap: z.boolean(),
  /** Two ratings two or more steps apart (Raises the Bar vs Below). */
  disagreement: z.boolean(),
});
export type MatrixRow = z.infer<typeof MatrixRow>;

export const BoardStory = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  roundPosition: z.number(),
  questionText: z.string(),
  lps: z.array(LpId),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  flags: z.array(StoryFlag),
  /** STAR completeness. */
  missingResult: z.boolean(),
  noMeasurableResult: z.boolean(),
  /** How often the candidate said "we" and "I" in this story. */
  weCount: z.number(),
  iCount: z.number(),
  /** The data points the interviewer confirmed, and the suggestions they dismissed. */
  dataPoints: StoryDataPoints,
  /** The bank story the interviewer marked it as told from, with its shared title. */
  bankStoryId: z.uuid().nullable(),
  bankTitle: z.string().nullable(),
});
export type BoardStory = z.infer<typeof BoardStory>;

/** What a conflict was found from: data points both interviewers confirmed, or the checker's reading of the notes. */
export const ConflictBasis = z.enum(['confirmed', 'notes']);
export type ConflictBasis = z.infer<typeof ConflictBasis>;

/** The Bar Raiser's "not a conflict", with the reason the panel reads. */
export const ConflictDismissal = z.object({ reason: z.string(), byName: z.string(), at: z.iso.datetime({ offset: true }) });
export type ConflictDismissal = z.infer<typeof ConflictDismissal>;

export const BoardConflict = z.object({
  stories: z.tuple([z.uuid(), z.uuid()]),
  kind: ConflictKind,
  detail: z.string(),
  phrases: z.tuple([z.string(), z.string()]),
  basis: ConflictBasis,
  /** One line of plain English: what differs, between which rounds. */
  reason: z.string(),
  dismissal: ConflictDismissal.nullable(),
});
export type BoardConflict = z.infer<typeof BoardConflict>;

/**
 * What a drift was found from: data points on both sides, the bank's data point against the
 * told notes, the interviewer's confirmed one against the prepared text, or both texts.
 */
export const DriftBasis = z.enum(['confirmed', 'prepared-point', 'told-point', 'notes']);
export type DriftBasis = z.infer<typeof DriftBasis>;

/** A fact that differs between a prepared bank story and the telling linked to it. */
export const BoardDrift = z.object({
  /** The told story (a card of some round). */
  story: z.uuid(),
  bankStoryId: z.uuid(),
  title: z.string(),
  kind: ConflictKind,
  detail: z.string(),
  /** The clashing words: the prepared story's, then the telling's. */
  phrases: z.tuple([z.string(), z.string()]),
  basis: DriftBasis,
  reason: z.string(),
});
export type BoardDrift = z.infer<typeof BoardDrift>;

/** A bank story and the rounds it carried. */
export const BoardBankStory = z.object({ bankStoryId: z.uuid(), title: z.string(), rounds: z.array(z.number()), stories: z.array(z.uuid()) });
export type BoardBankStory = z.infer<typeof BoardBankStory>;

export const DebriefBoard = z.object({
  loopId: z.uuid(),
  phase: DebriefPhase,
  openedAt: z.iso.datetime({ offset: true }),
  openedEarlyReason: z.string().nullable(),
  spotlight: Spotlight.nullable(),
  decision: Decision.nullable(),
  rationale: z.string().nullable(),
  interviewers: z.array(BoardInterviewer),
  scorecards: z.array(Scorecard),
  matrix: z.array(MatrixRow),
  stories: z.array(BoardStory),
  /** Stories that retell one experience (ids), and how often each was told. */
  storyGroups: z.array(z.array(z.uuid())),
  /**
   * The same groups with the rounds they were told in, the kinds compared on data points both
   * interviewers confirmed, and the kinds whose reading of the notes an interviewer dismissed.
   */
  groups: z.array(z.object({ stories: z.array(z.uuid()), rounds: z.array(z.number()), confirmedKinds: z.array(ConflictKind), setAsideKinds: z.array(ConflictKind) })),
  conflicts: z.array(BoardConflict),
  /** Told stories compared with their prepared versions ("changed since preparation"). */
  drifts: z.array(BoardDrift),
  /** Which bank stories carried which rounds (empty unless the candidate shared titles). */
  bankStories: z.array(BoardBankStory),
  weTotal: z.number(),
  iTotal: z.number(),
  /** The writing exercise, once final, with its submitted reviews; absent when the loop has none. */
  writing: DebriefWriting.nullable().optional(),
});
export type DebriefBoard = z.infer<typeof DebriefBoard>;

/** Commands (REST bodies). */
export const OpenDebrief = z.object({ reason: ShortText.trim().min(1).optional() });
export const MovePhase = z.object({ phase: MovablePhase });
export const MarkRead = z.object({ scorecardId: z.uuid() });
export const CastRevote = z.object({ vote: Vote });
export const SetSpotlight = z.object({ spotlight: Spotlight.nullable() });
export const RecordDecision = z.object({ decision: Decision, rationale: ShortText.trim().min(10, 'explain the decision in a sentence or two') });
export type RecordDecision = z.infer<typeof RecordDecision>;

/** The Bar Raiser dismisses one flag (two stories and a kind) as not a conflict. */
export const DismissConflict = z.object({
  stories: z.tuple([z.uuid(), z.uuid()]),
  kind: ConflictKind,
  reason: ShortText.trim().min(3, 'say in a few words why this is not a conflict'),
});
export type DismissConflict = z.infer<typeof DismissConflict>;

/** The fact the debrief room hears after every change; clients then re-read the board. */
export type DebriefChanged = { loopId: string; phase: DebriefPhase; spotlight: Spotlight | null };
