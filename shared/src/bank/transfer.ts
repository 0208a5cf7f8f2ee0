import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { LEADERSHIP_PRINCIPLES, lpById } from '../lp/principles.js';
import { LongText } from '../text.js';
import { BankDataPoints } from './contract.js';
import { MAX_BANK_STORIES, type BankStory } from './values.js';

/** A story as a file holds it: the id is the bank's business, so files carry none. */
const FileStory = z.object({
  title: z.string().trim().min(1, 'needs a title').max(120, 'a title is at most 120 characters'),
  situation: LongText.default(''),
  task: LongText.default(''),
  action: LongText.default(''),
  result: LongText.default(''),
  lps: z.array(LpId).max(16).default([]),
  dataPoints: BankDataPoints.default({}),
});

/** The JSON export: versioned, so a later format can still read this one. */
export const BankFile = z.object({
  format: z.literal('mockloop-story-bank', 'must be "mockloop-story-bank"'),
  version: z.literal(1, 'must be 1'),
  stories: z.array(FileStory).max(MAX_BANK_STORIES, `a bank holds at most ${MAX_BANK_STORIES} stories`),
});

export type ImportResult = { ok: true; stories: BankStory[] } | { ok: false; errors: string[] };

export function exportBankJson(stories: readonly BankStory[]): string {
  const file = { format: 'mockloop-story-bank', version: 1, stories: stories.map(({ id: _id, ...rest }) => rest) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a JSON export; every problem is listed with where it is ("story 3, lps[0]: ..."). */
export function importBankJson(text: string, newId: () => string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['This is not JSON. Export a bank as JSON to see the format.'] };
  }
  const parsed = BankFile.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 20).map(issueText) };
  return { ok: true, stories: parsed.data.stories.map((s) => ({ id: newId(), ...s })) };
}

function issueText(issue: z.core.$ZodIssue): string {
  const [first, index, ...rest] = issue.path;
  const where =
    first === 'stories' && typeof index === 'number'
      ? `story ${index + 1}${rest.length ? `, ${pathText(rest)}` : ''}`
      : issue.path.length ? pathText(issue.path) : 'the file';
  return `${where}: ${issue.message}`;
}

const pathText = (path: readonly PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

const SECTIONS = ['Situation', 'Task', 'Action', 'Result'] as const;

/**
 * Markdown for people: "## title", an "LPs:" line with the principles' names, then a
 * "### Situation/Task/Action/Result" section each. Data points ride along as a JSON block
 * under "### Data points", so a Markdown round trip loses nothing.
 */
export function exportBankMarkdown(stories: readonly BankStory[]): string {
  const parts = ['# Story bank', ''];
  for (const s of stories) {
    parts.push(`## ${s.title || 'Untitled story'}`, '', `LPs: ${s.lps.map((id) => lpById(id).name).join(', ')}`, '');
    for (const name of SECTIONS) parts.push(`### ${name}`, '', s[sectionKey(name)].trim(), '');
    if (Object.keys(s.dataPoints).length) parts.push('### Data points', '', '```json', JSON.stringify(s.dataPoints), '```', '');
  }
  return parts.join('\n');
}

const sectionKey = (name: (typeof SECTIONS)[number]) => name.toLowerCase() as 'situation' | 'task' | 'action' | 'result';
const LP_BY_NAME = new Map(LEADERSHIP_PRINCIPLES.flatMap((p) => [[p.name.toLowerCase(), p.id] as const, [p.id, p.id] as const]));

/** Reads Markdown in the export's layout; errors name the line they are on. */
export function importBankMarkdown(text: string, newId: () => string): ImportResult {
  const errors: string[] = [];
  const drafts: { line: number; story: Record<string, unknown> }[] = [];
  let section: string | null = null;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let fence = false;
  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    const current = drafts.at(-1)?.story;
    if (line.trim().startsWith('```')) return void (fence = !fence);
    const heading = fence ? null : /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading?.[1] === '#') return;
    if (heading?.[1] === '##') {
      drafts.push({ line: index + 1, story: { title: heading[2]!.trim(), situation: '', task: '', action: '', result: '', lps: [], dataPoints: '' } });
      return void (section = null);
    }
    if (!current) {
      if (line.trim()) errors.push(`${at}: text before the first story; start each story with "## Title"`);
      return;
    }
    if (heading?.[1] === '###') {
      const name = heading[2]!.trim().toLowerCase();
      if (name === 'data points') section = 'dataPoints';
      else if (SECTIONS.some((s) => s.toLowerCase() === name)) section = name;
      else errors.push(`${at}: unknown section "${heading[2]!.trim()}"; use Situation, Task, Action, Result or Data points`);
      return;
    }
    const lps = section === null ? /^LPs?:\s*(.*)$/i.exec(line.trim()) : null;
    if (lps) {
      current.lps = lpNames(lps[1]!).map((name) => LP_BY_NAME.get(name.toLowerCase()) ?? name);
      return;
    }
    if (section) current[section] = `${current[section] as string}${line}\n`;
    else if (line.trim()) errors.push(`${at}: text outside a section; put it under "### Situation", "### Task", "### Action" or "### Result"`);
  });
  const stories: BankStory[] = [];
  for (const { line, story } of drafts) {
    for (const key of ['situation', 'task', 'action', 'result']) story[key] = (story[key] as string).trim();
    const points = (story.dataPoints as string).trim();
    try {
      story.dataPoints = points ? JSON.parse(points) : {};
    } catch {
      errors.push(`story at line ${line}: the data points block is not JSON`);
      continue;
    }
    const parsed = FileStory.safeParse(story);
    if (parsed.success) stories.push({ id: newId(), ...parsed.data });
    else errors.push(...parsed.error.issues.map((i) => `story at line ${line}, ${pathText(i.path) || 'story'}: ${unknownLp(i, story) ?? i.message}`));
  }
  if (!drafts.length && !errors.length) errors.push('No stories found; start each story with "## Title"');
  if (stories.length > MAX_BANK_STORIES) errors.push(`a bank holds at most ${MAX_BANK_STORIES} stories`);
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, stories };
}

/** Names split at commas, except the comma inside a name ("Are Right, A Lot"). */
function lpNames(line: string): string[] {
  const pieces = line.split(',').map((p) => p.trim());
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const joined = `${pieces[i]}, ${pieces[i + 1] ?? ''}`;
    if (i + 1 < pieces.length && LP_BY_NAME.has(joined.toLowerCase())) names.push(joined), i++;
    else if (pieces[i]) names.push(pieces[i]!);
  }
  return names;
}

function unknownLp(issue: z.core.$ZodIssue, story: Record<string, unknown>): string | undefined {
  if (issue.path[0] !== 'lps' || typeof issue.path[1] !== 'number') return undefined;
  return `"${(story.lps as string[])[issue.path[1]]}" is not a Leadership Principle`;
}
