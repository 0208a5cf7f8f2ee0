import { readFacts, type Finding, type StoryFacts } from './facts.js';
import { groupStories, SAME_STORY_THRESHOLD } from './grouping.js';
import { findMetricConflict } from './metric-check.js';
import { readAcronyms } from './measures.js';
import { profileStory } from './profile.js';
import type { ConsistencyReport, StoryConflict, StoryInput } from './schema.js';
import { sameStoryScores, similarityMatrix } from './similarity.js';
import { findTeamConflict } from './team.js';
import { findTimelineConflict } from './timeline.js';
import { findRoleConflict } from './role.js';
import { findOutcomeConflict } from './outcome.js';

/** What the checker may know beyond the stories: the candidate's name helps read "Lena led". */
export interface CheckOptions {
  candidate?: string;
  /** Grouping cut-off on the sameStoryScores scale; for sensitivity sweeps, not for callers. */
  groupingThreshold?: number;
}

type Detector = (a: StoryFacts, b: StoryFacts) => Finding | undefined;

/** One detector per kind of contradiction; each reports at most one finding per pair. */
const DETECTORS: Detector[] = [findMetricConflict, findTimelineConflict, findTeamConflict, findRoleConflict, findOutcomeConflict];

/**
 * Reads a loop the way a careful Bar Raiser does in the debrief: which stories retell one
 * experience, and where the retellings contradict each other.
 */
export function checkStories(stories: StoryInput[], options: CheckOptions = {}): ConsistencyReport {
  const names = new Set((options.candidate ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  const profiles = stories.map(profileStory);
  const scores = sameStoryScores(similarityMatrix(profiles), stories.map((s) => s.round));
  const groups = groupStories(profiles, scores, options.groupingThreshold);
  const facts = new Map<number, StoryFacts>();
  const acronyms = readAcronyms(profiles.flatMap((p) => p.fields));
  const factsOf = (i: number) => facts.get(i) ?? facts.set(i, readFacts(profiles[i]!, names, acronyms)).get(i)!;
  const conflicts: StoryConflict[] = [];
  for (const group of groups) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [a, b] = [group[x]!, group[y]!];
        for (const detect of DETECTORS) {
          const finding = detect(factsOf(a), factsOf(b));
          if (finding) conflicts.push(toConflict(stories[a]!, stories[b]!, finding));
        }
      }
    }
  }
  return { groups: groups.map((group) => group.map((i) => stories[i]!.id)), conflicts };
}

/**
 * Compares two tellings already known to be one experience (a prepared story and the telling
 * an interviewer linked to it), without grouping: every detector, one finding per kind.
 */
export function comparePair(a: StoryInput, b: StoryInput, options: CheckOptions = {}): StoryConflict[] {
  const names = new Set((options.candidate ?? '').toLowerCase().split(/\s+/).filter(Boolean));
  const [pa, pb] = [profileStory(a), profileStory(b)];
  const acronyms = readAcronyms([...pa.fields, ...pb.fields]);
  const [x, y] = [readFacts(pa, names, acronyms), readFacts(pb, names, acronyms)];
  return DETECTORS.flatMap((detect) => {
    const finding = detect(x, y);
    return finding ? [{ stories: [a.id, b.id] as [string, string], kind: finding.kind, detail: finding.detail, phrases: finding.phrases }] : [];
  });
}

/**
 * Which of `candidates` (prepared stories) `story` most likely retells, scored as the grouping
 * scores retellings and held to its cut-off; undefined when none reaches it.
 */
export function closestRetelling(story: StoryInput, candidates: StoryInput[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const all = [story, ...candidates];
  const scores = sameStoryScores(similarityMatrix(all.map(profileStory)), all.map((_, i) => i + 1));
  let best: { id: string; score: number } | undefined;
  candidates.forEach((c, i) => {
    const score = scores[0]![i + 1]!;
    if (score >= SAME_STORY_THRESHOLD && (!best || score > best.score)) best = { id: c.id, score };
  });
  return best?.id;
}

function toConflict(a: StoryInput, b: StoryInput, finding: Finding): StoryConflict {
  const detail = `${finding.detail} (round ${a.round} vs round ${b.round})`;
  return { stories: [a.id, b.id], kind: finding.kind, detail, phrases: finding.phrases };
}
