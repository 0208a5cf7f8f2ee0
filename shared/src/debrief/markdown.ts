import { CONFLICT_KIND_LABELS } from './labels.js';
import type { CandidateFeedback, FeedbackBank, LpOutcome } from './feedback.js';
import { toldInRounds } from '../scorecard/data-point-values.js';
import type { FeedbackWriting } from '../writing/debrief.js';
import { describeLength, readLength } from '../writing/length.js';
import { RUBRIC_LABELS } from '../writing/prompts.js';

export const OUTCOME_LABELS: Record<LpOutcome, string> = {
  'raises-the-bar': 'Raises the Bar',
  meets: 'Meets',
  mixed: 'Mixed',
  below: 'Below',
  'not-assessed': 'Not assessed',
};

/** The published feedback as a Markdown document the candidate can keep. */
export function feedbackToMarkdown(feedback: CandidateFeedback): string {
  const lines: string[] = [
    `# Mock loop feedback for ${feedback.candidateName}`,
    '',
    `Decision: **${feedback.decision === 'hire' ? 'Hire' : 'No Hire'}** (published ${feedback.publishedAt.slice(0, 10)})`,
    '',
    '## Leadership Principles',
    '',
    '| Leadership Principle | Result |',
    '| --- | --- |',
    ...feedback.lps.map((lp) => `| ${lp.name} | ${OUTCOME_LABELS[lp.outcome]} |`),
    '',
  ];
  for (const lp of feedback.lps) {
    lines.push(`### ${lp.name}: ${OUTCOME_LABELS[lp.outcome]}`, '', lp.summary, '');
    for (const e of lp.evidence) lines.push(`- ${e.round}${e.interviewer ? ` (${e.interviewer})` : ''}: ${e.text || '—'}`);
    lines.push('');
  }
  section(lines, 'Strengths', feedback.strengths);
  section(lines, 'Growth areas', feedback.growthAreas);
  if (feedback.consistency.length) {
    lines.push('## Story consistency', '');
    for (const c of feedback.consistency) {
      lines.push(`- **${CONFLICT_KIND_LABELS[c.kind]}**: ${c.explanation}`);
      for (const r of c.retellings) lines.push(`  - ${r.round}: “${r.phrase}”`);
    }
    lines.push('');
  }
  if (feedback.bank) bankSection(lines, feedback.bank);
  if (feedback.practice.length) {
    lines.push('## What to practise next', '');
    for (const p of feedback.practice) {
      lines.push(`### ${p.name}`, '');
      for (const q of p.questions) lines.push(`- ${q.text}`, ...q.probes.map((probe) => `  - ${probe}`));
      lines.push('');
    }
  }
  if (feedback.writing) writingSection(lines, feedback.writing);
  return lines.join('\n').trimEnd() + '\n';
}

/** One told bank story in words, as the feedback page says it: where it was told and what changed. */
export function bankToldLine(told: FeedbackBank['told'][number]): string {
  const changed = told.changed.length ? `; changed since you prepared it: ${told.changed.join(', ').toLowerCase()}` : '; as prepared';
  return `“${told.title}”: ${toldInRounds(told.rounds)}${changed}`;
}

/** The loop read against the candidate's story bank; only the candidate's feedback carries it. */
function bankSection(lines: string[], bank: FeedbackBank) {
  lines.push('## Your story bank in this loop', '', '### Told', '');
  lines.push(...(bank.told.length ? bank.told.map((t) => `- ${bankToldLine(t)}`) : ['No interviewer marked a story as told from your bank.']), '');
  if (bank.neverTold.length) lines.push('### Never told', '', ...bank.neverTold.map((t) => `- “${t}”`), '');
  if (bank.lpsWithoutGoodStory.length) lines.push('### Leadership Principles without a good story', '', ...bank.lpsWithoutGoodStory.map((lp) => `- ${lp.name}`), '');
  if (bank.plan.length) lines.push('### Your practice plan', '', ...bank.plan.map((line, i) => `${i + 1}. ${line}`), '');
}

/** The writing exercise: rubric, each comment under the passage it is about, advice, then the text. */
function writingSection(lines: string[], writing: FeedbackWriting) {
  const length = describeLength(readLength(writing.text, writing.lengthLimit), writing.lengthLimit);
  lines.push(`## Writing exercise: ${writing.promptTitle}`, '', `${length}${writing.lockedByDeadline ? ', locked at the deadline' : ''}.`, '');
  lines.push('| Criterion | Result |', '| --- | --- |', ...writing.rubric.map((r) => `| ${RUBRIC_LABELS[r.criterion]} | ${OUTCOME_LABELS[r.outcome]} |`), '');
  for (const s of writing.summaries) lines.push(`- ${s.reviewer ? `${s.reviewer}: ` : ''}${s.text}`);
  if (writing.summaries.length) lines.push('');
  if (writing.comments.length) {
    lines.push('### Comments on your text', '');
    for (const c of writing.comments) lines.push(`> ${c.anchor.quote.replace(/\s+/g, ' ')}`, '', `${c.reviewer ? `**${c.reviewer}:** ` : ''}${c.body}`, '');
  }
  section(lines, 'What to practise in writing', writing.practice);
  lines.push('### Your text', '', ...writing.text.split('\n').map((line) => `> ${line}`.trimEnd()), '');
}

function section(lines: string[], title: string, items: string[]) {
  if (!items.length) return;
  lines.push(`## ${title}`, '', ...items.map((i) => `- ${i}`), '');
}
