import { StoryLoopFile } from './schema.js';

/** A loop file read from text: the loop, or the problems that stop it being read. */
export type LoopFileReading = { ok: true; loop: StoryLoopFile } | { ok: false; problems: string[] };

/**
 * Parses the text of a loop file (../shared/stories/FORMAT.md), naming each problem by the
 * path of the bad field ("stories.3.round: ...") so the author can find it.
 */
export function parseLoopFile(text: string): LoopFileReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = StoryLoopFile.safeParse(json);
  if (parsed.success) return { ok: true, loop: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`),
  };
}
