import { CONFLICT_KIND_LABELS, lpById, STAR_GAP_LABELS, starGaps, type BankStory, type DebriefBoard, type FeedbackBank, type FeedbackLp } from '@mockloop/shared';

const WEAK = new Set<FeedbackLp['outcome']>(['below', 'not-assessed', 'mixed']);

/**
 * The loop read against the candidate's bank: which prepared stories carried which rounds and
 * what changed in the telling, which were never told, the LPs without a good story, and a
 * practice plan in the bank's own terms.
 */
export function bankFeedback(bank: BankStory[], board: DebriefBoard, lps: FeedbackLp[]): FeedbackBank {
  const told = board.bankStories.map((b) => ({
    title: b.title,
    rounds: b.rounds,
    changed: [...new Set(board.drifts.filter((d) => d.bankStoryId === b.bankStoryId).map((d) => CONFLICT_KIND_LABELS[d.kind]))],
  }));
  const toldIds = new Set(board.bankStories.map((b) => b.bankStoryId));
  const weak = lps.filter((lp) => WEAK.has(lp.outcome)).map((lp) => ({ lpId: lp.lpId, name: lp.name }));
  const plan: string[] = [];
  for (const t of told) if (t.changed.length) plan.push(`Tell “${t.title}” the same way each time: ${t.changed.join(', ').toLowerCase()} changed since you prepared it.`);
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
