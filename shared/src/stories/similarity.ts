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

/**
 * Pairwise similarity of stories within one loop: cosine of TF-IDF vectors where document
 * frequency is counted over this loop only, so the candidate's company or team name, which
 * recurs in every story, weighs little, and the details of one experience weigh a lot.
 */
export function similarityMatrix(profiles: StoryProfile[]): number[][] {
  const documentFrequency = new Map<string, number>();
  for (const p of profiles) for (const key of p.features.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const n = profiles.length;
  const vectors = profiles.map((p) => {
    const vector = new Map<string, number>();
    for (const [key, count] of p.features) {
      const df = documentFrequency.get(key)!;
      const idf = Math.log((n + 1) / df) - Math.log((n + 1) / n);
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
