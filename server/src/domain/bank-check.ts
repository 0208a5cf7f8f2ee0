import { checkStories, closestRetelling } from '@mockloop/shared/stories/index';
import { starGaps, type BankSelfCheck, type BankStory, type LpId, type StoryInput } from '@mockloop/shared';
import { withReadings } from './bank-points.js';
import { compareConfirmed } from './debrief/confirmed.js';

/** A bank story as the checker reads one telling; `round` keeps the checker's rule that a round's stories differ. */
export function bankStoryInput(story: BankStory, round: number): StoryInput {
  const { id, situation, task, action, result } = story;
  return { id, round, lps: story.lps.length ? story.lps : (['ownership'] as LpId[]), question: story.title, situation, task, action, result };
}

/**
 * The checker over the candidate's own bank. Each story is its own "round", since two
 * prepared stories may well be about one project; where either carries a data point of a
 * kind, that kind is compared exactly (against the other's data point, or what its text
 * says) and the reading of the text set aside, as in the debrief.
 */
export function selfCheckBank(stories: BankStory[]): BankSelfCheck {
  const report = checkStories(stories.map((s, i) => bankStoryInput(s, i + 1)));
  const byId = new Map(stories.map((s) => [s.id, s]));
  const conflicts: BankSelfCheck['conflicts'] = [];
  for (const group of report.groups) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [a, b] = [byId.get(group[x]!)!, byId.get(group[y]!)!];
        const compared = compareConfirmed(withReadings(a.dataPoints, a, b.dataPoints).points, withReadings(b.dataPoints, b, a.dataPoints).points);
        for (const { kind, clash } of compared) {
          if (clash) conflicts.push({ stories: [a.id, b.id], kind, detail: `${clash.values[0]} vs ${clash.values[1]}`, phrases: clash.phrases });
        }
        const pair = new Set([a.id, b.id]);
        for (const c of report.conflicts) {
          if (pair.has(c.stories[0]) && pair.has(c.stories[1]) && !compared.some((d) => d.kind === c.kind)) {
            conflicts.push({ ...c, detail: withoutRounds(c.detail) });
          }
        }
      }
    }
  }
  const gaps = stories.map((s) => ({ storyId: s.id, gaps: starGaps(s) })).filter((g) => g.gaps.length > 0);
  return { conflicts, gaps };
}

/** The checker names rounds; in a bank they are only positions, so they go. */
export const withoutRounds = (detail: string) => detail.replace(/\s*\(round \d+ vs round \d+\)$/, '');

/** The bank story a told story most likely retells, by the checker's grouping score; null when none is close. */
export function suggestBankStory(told: Omit<StoryInput, 'round'>, bank: BankStory[]): { id: string; title: string } | null {
  const id = closestRetelling({ ...told, round: 1 }, bank.map((s, i) => bankStoryInput(s, i + 2)));
  const story = bank.find((s) => s.id === id);
  return story ? { id: story.id, title: story.title } : null;
}
