/**
 * Times the story consistency checker on a 40-story loop (stories of several train loops of
 * the labelled corpus put together, ids prefixed), against a baseline that only tokenises and
 * stems the same text.
 * Run: npx tsx bench/stories.bench.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkStories, parseLoopFile, type StoryInput } from '@mockloop/shared/stories/index';
import { tokenize } from '@mockloop/shared/stories/text';

const RUNS = 200;
const corpusFolder = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'stories', 'corpus', 'train');

/** Forty stories: corpus stories when the folder is there, synthetic ones otherwise. */
function fortyStories(): StoryInput[] {
  const stories: StoryInput[] = [];
  if (existsSync(corpusFolder)) {
    for (const name of readdirSync(corpusFolder).filter((n) => n.endsWith('.json')).sort()) {
      const reading = parseLoopFile(readFileSync(join(corpusFolder, name), 'utf8'));
      if (reading.ok) stories.push(...reading.loop.stories.map((s) => ({ ...s, id: `${name}:${s.id}` })));
    }
  }
  for (let i = stories.length; i < 40; i++) stories.push(syntheticStory(i));
  return stories.slice(0, 40);
}

function syntheticStory(i: number): StoryInput {
  return {
    id: `s${i}`, round: (i % 6) + 1, lps: ['deliver-results'], question: 'Tell me about a result you delivered.',
    situation: `Project ${i}: checkout latency p95 was ${1 + (i % 5)}.${i % 10} seconds and conversion ${20 + i}%.`,
    task: 'C = TL. Goal: cut latency in half before peak.',
    action: `Led ${3 + (i % 6)} eng over ~${2 + (i % 4)} mos; added caching and moved work off the request path.`,
    result: `p95 down ${10 + i}%, conversion +${(i % 4) + 1} pts, shipped on time.`,
  };
}

function time(run: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

const stories = fortyStories();
const coldStart = performance.now();
checkStories(stories);
const cold = performance.now() - coldStart;

const checker = time(() => checkStories(stories));
const baseline = time(() => {
  for (const s of stories) for (const text of [s.situation, s.task, s.action, s.result]) tokenize(text);
});

const [checkerMedian, baselineMedian] = [percentile(checker, 0.5), percentile(baseline, 0.5)];
console.log(`stories: ${stories.length}, runs: ${RUNS}`);
console.log(`first run (cold caches): ${cold.toFixed(1)} ms`);
console.log(`checkStories  median ${checkerMedian.toFixed(2)} ms  p95 ${percentile(checker, 0.95).toFixed(2)} ms`);
console.log(`tokenise+stem median ${baselineMedian.toFixed(2)} ms  p95 ${percentile(baseline, 0.95).toFixed(2)} ms`);
console.log(`ratio checker/baseline (median): ${(checkerMedian / baselineMedian).toFixed(1)}x`);
console.log(`budget 200 ms: ${percentile(checker, 0.95) < 200 && cold < 200 ? 'met' : 'NOT met'}`);
