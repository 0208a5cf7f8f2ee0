import { countWeAndI, hasMeasurableResult } from '../scorecard/story-reading.js';
import type { StarGap } from './contract.js';
import type { BankStory } from './values.js';

export const STAR_GAP_LABELS: Record<StarGap, string> = {
  'no-result': 'No result: say how it ended',
  'no-number': 'No number in the result: say what changed, by how much',
  'we-without-i': '"We" without "I": say what you did yourself',
};

/**
 * What a prepared story still lacks, read as the debrief reads a told one: a result, a figure
 * in it (a metric data point counts), and the teller's own part where the story says "we".
 */
export function starGaps(story: Pick<BankStory, 'situation' | 'task' | 'action' | 'result' | 'dataPoints'>): StarGap[] {
  const gaps: StarGap[] = [];
  const result = story.result.trim();
  if (!result) gaps.push('no-result');
  else if (!hasMeasurableResult(result) && story.dataPoints.metric?.status !== 'confirmed') gaps.push('no-number');
  const { we, i } = countWeAndI([story.situation, story.task, story.action, story.result].join('\n'));
  if (we > 0 && i === 0) gaps.push('we-without-i');
  return gaps;
}
