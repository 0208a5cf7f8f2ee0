import { CONFLICT_KIND_LABELS, lpById, STAR_GAP_LABELS, starGaps, type BankStory, type ConflictKind, type DebriefBoard, type FeedbackBank, type FeedbackLp } from '@mockloop/shared';

const WEAK = new Set<FeedbackLp['outcome']>(['below', 'not-assessed', 'mixed']);
/** What changed, as the plan names it to the candidate. */
const CHANGED: Record<ConflictKind, string> = { team: 'the team size', metric: 'the figures', timeline: 'the timeline', role: 'your own part', outcome: 'the outcome' };
const inWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The loop read against the candidate's bank: which prepared stories carried which rounds and
 * what changed in the telling, which were never told, the LPs without a good story, and a
 * practice plan in the bank's own terms.
 */
export function bankFeedback(bank: BankStory[], board: DebriefBoard, lps: FeedbackLp[]): FeedbackBank {
  const kindsOf = (bankStoryId: string) => [...new Set(board.drifts.filter((d) => d.bankStoryId === bankStoryId).map((d) => d.kind))];
  const told = board.bankStories.map((b) => ({ title: b.title, rounds: b.rounds, changed: kindsOf(b.bankStoryId).map((k) => CONFLICT_KIND_LABELS[k]) }));
  const toldIds = new Set(board.bankStories.map((b) => b.bankStoryId));
  const weak = lps.filter((lp) => WEAK.has(lp.outcome)).map((lp) => ({ lpId: lp.lpId, name: lp.name }));
  const plan: string[] = [];
  for (const b of board.bankStories) {
    const kinds = kindsOf(b.bankStoryId);
    if (kinds.length) plan.push(`Tell “${b.title}” as you prepared it (or correct the bank): ${inWords(kinds.map((k) => CHANGED[k]))} changed in the telling.`);
  }
  for (const story of bank.filter((s) => toldIds.has(s.id))) {
    const gap = starGaps(story).find((g) => g !== 'we-without-i') ?? starGaps(story)[0];
    if (gap) plan.push(`Strengthen “${story.title}”: ${STAR_GAP_LABELS[gap].toLowerCase()}.`);
  }
  for (const { lpId, name } of weak) {
    const candidate = bank.find((s) => s.lps.includes(lpId) && !toldIds.has(s.id));
    plan.push(candidate ? `For ${name}, rehearse “${candidate.title}”, which you prepared but did not tell.` : `Prepare a story for ${lpById(lpId).name}.`);
  }
  return { told, neverTold: bank.filter((s) => !toldIds.has(s.id)).map((s) => s.title), lpsWithoutGoodStory: weak, plan: plan.slice(0, 10) };
}
