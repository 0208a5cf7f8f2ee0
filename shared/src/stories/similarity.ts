import type { StoryProfile } from './profile.js';

/**
 * How much each kind of feature counts towards "same experience": words outside everyday
 * English ("~" keys) carry the most, everyday words and names (which also recur across
 * different stories of one job) half as much.
 */
function featureWeight(key: string): number {
  if (key.startsWith('#') || key.startsWith('~')) return 1;
  return 0.5;
}

/** Loops smaller than this borrow document frequency from imagined unrelated stories. */
const MIN_LOOP_STORIES = 10;

/**
 * Pairwise similarity of stories within one loop: cosine of TF-IDF vectors where document
 * frequency is counted over this loop only, so the candidate's company or team name, which
 * recurs in every story, weighs little, and the details of one experience weigh a lot.
 */
export function similarityMatrix(profiles: StoryProfile[]): number[][] {
  const documentFrequency = new Map<string, number>();
  for (const p of profiles) for (const key of p.features.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  // A small loop is read as if it had MIN_LOOP_STORIES stories, the rest sharing none of its
  // words: with only two stories, a word both use is evidence of one experience, not noise.
  const n = Math.max(profiles.length, MIN_LOOP_STORIES);
  const vectors = profiles.map((p) => {
    const vector = new Map<string, number>();
    for (const [key, count] of p.features) {
      const df = documentFrequency.get(key)!;
      const idf = Math.log(n / df);
      if (idf > 0) vector.set(key, (1 + Math.log(count)) * idf * featureWeight(key));
    }
    return vector;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1);
  return vectors.map((a, i) =>
    vectors.map((b, j) => {
      if (i === j) return 1;
      let dot = 0;
      for (const [key, x] of a) {
        const y = b.get(key);
        if (y !== undefined) dot += x * y;
      }
      return dot / (norms[i]! * norms[j]!);
    }),
  );
}

/** Typical similarity of two tellings of one experience: the unit of the grouping score. */
export const REFERENCE_SIMILARITY = 0.075;
/** Which neighbour stands for a story's background: a 3-telling story has two true neighbours. */
const BACKGROUND_RANK = 3;
/** Share of the grouping score that is relative to each story's own background. */
const RELATIVE_SHARE = 0.3;

/**
 * Scores for "same experience" that do not hang on one absolute cut-off: the cosine in units
 * of a typical retelling's cosine, blended with the cosine relative to each story's own
 * background (its third-best similarity to a story of another round). A terse note or a
 * company name in every story raises or lowers all of a story's cosines together; a
 * retelling stands out from that story's background, a topical neighbour does not.
 */
export function sameStoryScores(similarity: number[][], rounds: readonly number[]): number[][] {
  const floor = REFERENCE_SIMILARITY / 2;
  const background = similarity.map((row, i) => {
    const others = row.filter((_, j) => j !== i && rounds[j] !== rounds[i]).sort((a, b) => b - a);
    return Math.max(others[BACKGROUND_RANK - 1] ?? 0, floor);
  });
  return similarity.map((row, i) =>
    row.map((s, j) => {
      if (i === j) return Infinity;
      const relative = s / Math.sqrt(background[i]! * background[j]!);
      return RELATIVE_SHARE * relative + (1 - RELATIVE_SHARE) * (s / REFERENCE_SIMILARITY);
    }),
  );
}
