import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';


/** One story as an interviewer noted it in one round (STAR fields may be empty). */
export const StoryInput = z.object({
  id: z.string().min(1),
  round: z.number().int().min(1).max(6),
  interviewer: z.string().optional(),
  lps: z.array(LpId).min(1),
  question: z.string(),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
});
export type StoryInput = z.infer<typeof StoryInput>;

export const ConflictKind = z.enum(['metric', 'timeline', 'team', 'role', 'outcome']);
export type ConflictKind = z.infer<typeof ConflictKind>;

const StoryPair = z.tuple([z.string(), z.string()]);

/** The Bar Raiser's answer key that a labelled loop file may carry. */
export const ExpectedConsistency = z.object({
  sameStory: z.array(z.array(z.string()).min(2)),
  conflicts: z.array(z.object({ stories: StoryPair, kind: ConflictKind, note: z.string().optional() })),
});
export type ExpectedConsistency = z.infer<typeof ExpectedConsistency>;

/** One mock loop file (../shared/stories/FORMAT.md). */
export const StoryLoopFile = z
  .object({
    loop: z.string(),
    candidate: z.string(),
    targetRole: z.string(),
    stories: z.array(StoryInput),
    expected: ExpectedConsistency.optional(),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.stories.forEach((story, index) => {
      if (seen.has(story.id)) {
        ctx.addIssue({ code: 'custom', path: ['stories', index, 'id'], message: `duplicate story id "${story.id}"` });
      }
      seen.add(story.id);
    });
  });
export type StoryLoopFile = z.infer<typeof StoryLoopFile>;

export const StoryConflict = z.object({
  stories: StoryPair,
  kind: ConflictKind,
  detail: z.string(),
  /** The exact clashing substrings, one from each story, for highlighting. */
  phrases: StoryPair,
});
export type StoryConflict = z.infer<typeof StoryConflict>;

/** What the debrief shows: which stories retell one experience, and where they disagree. */
export const ConsistencyReport = z.object({
  groups: z.array(z.array(z.string())),
  conflicts: z.array(StoryConflict),
});
export type ConsistencyReport = z.infer<typeof ConsistencyReport>;
