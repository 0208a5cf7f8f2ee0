import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBankStory, MAX_BANK_STORIES, type BankPatchOp, type BankStory } from '@mockloop/shared';
import { checkBank, createMemberBank, exportBank, importBank, patchBank, readBank, replaceOwnerLink, suggestBankDataPoints } from '../../../server/src/application/bank.js';
import { attachLoopBank, createLoopBank, detachLoopBank, readLoopBank, shareLoopBank } from '../../../server/src/application/bank-loops.js';
import { suggestStoryDataPoints } from '../../../server/src/application/data-points.js';
import { createLoop } from '../../../server/src/application/loops.js';
import { openScorecard, patchScorecard, readScorecard } from '../../../server/src/application/scorecards.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { demoLoopRequest } from '../../../server/src/domain/demo-loop.js';
import { principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';

/** The story bank's use cases on a real database, with no Fastify and no Socket.IO. */
const NOW = Date.parse('2026-03-02T15:00:00Z');

let testDb: TestDatabase;
let handle: DatabaseHandle;
let loop: CreatedLoop;
let deps: { db: DatabaseHandle['db'] };
/** The owner link of the bank the first test attaches to the loop. */
let loopOwnerToken: string;

const person = (role: string, position?: number): Principal => {
  const row = loop.participants.find((p) => p.role === role && (position === undefined || p.roundId === loop.roundIds[position - 1]))!;
  return principalOf({ ...row, loopId: loop.loopId });
};
const story = (title: string, text: Partial<BankStory> = {}): BankStory => ({ ...emptyBankStory(randomUUID(), title), ...text });
let tab = 0;
/** A fresh tab that sends its patches in order. */
function tabOf(ownerToken: string) {
  const clientId = `tab-${++tab}-${randomUUID().slice(0, 8)}`;
  let seq = 0;
  return (ops: BankPatchOp[], at = ++seq) => patchBank(deps, ownerToken, { clientId, seq: at, ops });
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir });
  deps = { db: handle.db };
  loop = (await createLoop(deps, demoLoopRequest(new Date(NOW)))).result;
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('a loop and its bank', () => {
  it('only the candidate creates one, once per loop, and attaches one they own', async () => {
    await expect(createLoopBank(deps, person('organizer'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createLoopBank(deps, person('interviewer', 1))).rejects.toMatchObject({ code: 'forbidden' });
    const { result: link } = await createLoopBank(deps, person('candidate'));
    loopOwnerToken = link.ownerToken;
    expect(link.ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(createLoopBank(deps, person('candidate'))).rejects.toMatchObject({ code: 'conflict' });
    await expect(attachLoopBank(deps, person('candidate'), link.ownerToken)).rejects.toMatchObject({ code: 'conflict' });
    await detachLoopBank(deps, person('candidate'));
    expect((await readBank(deps, link.ownerToken)).result.loops).toEqual([]);
    await attachLoopBank(deps, person('candidate'), link.ownerToken);
    expect((await readBank(deps, link.ownerToken)).result.loops).toEqual([{ loopId: loop.loopId, sharedTitles: false }]);
  });
});

describe("a group member's bank", () => {
  it('belongs to no loop until its owner, as the candidate of a loop, attaches it there', async () => {
    const member = { kind: 'member' as const, groupId: randomUUID(), groupName: 'Evening loops', memberId: randomUUID(), name: 'Ada' };
    const { result: link } = await createMemberBank(deps, member);
    expect(link.ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await readBank(deps, link.ownerToken)).result).toMatchObject({ id: link.bankId, stories: [], loops: [] });
    const other = (await createLoop(deps, demoLoopRequest(new Date(NOW)))).result;
    const candidate = principalOf({ ...other.participants.find((p) => p.role === 'candidate')!, loopId: other.loopId });
    await attachLoopBank(deps, candidate, link.ownerToken);
    expect((await readBank(deps, link.ownerToken)).result.loops).toEqual([{ loopId: other.loopId, sharedTitles: false }]);
  });
});

describe('autosave', () => {
  it('applies patches exactly once and in order', async () => {
    const ownerToken = loopOwnerToken;
    const send = tabOf(ownerToken);
    const s = story('Refund backlog');
    const before = (await readBank(deps, ownerToken)).result.version;
    expect((await send([{ op: 'addStory', story: s }])).result).toEqual({ version: before + 1, duplicate: false });
    expect((await send([{ op: 'setStoryText', storyId: s.id, field: 'result', value: 'Refunds fell from 9 days to 2.' }])).result.duplicate).toBe(false);
    // The first patch again (a retry after a lost answer) changes nothing.
    expect((await send([{ op: 'removeStory', storyId: s.id }], 1)).result).toEqual({ version: before + 2, duplicate: true });
    await expect(send([{ op: 'removeStory', storyId: s.id }], 5)).rejects.toMatchObject({ code: 'out-of-order', details: { expectedSeq: 3 } });
    const bank = (await readBank(deps, ownerToken)).result;
    expect(bank.stories.find((x) => x.id === s.id)?.result).toBe('Refunds fell from 9 days to 2.');
  });

  it('refuses a patch that would pass the story limit, storing none of it', async () => {
    const { ownerToken } = await freshBank();
    const send = tabOf(ownerToken);
    const ops = Array.from({ length: 50 }, () => ({ op: 'addStory' as const, story: story('x') }));
    await send(ops);
    await expect(send(Array.from({ length: MAX_BANK_STORIES - 49 }, () => ({ op: 'addStory' as const, story: story('y') })))).rejects.toMatchObject({ code: 'bad-request' });
    expect((await readBank(deps, ownerToken)).result.stories).toHaveLength(50);
    // The refused seq was not recorded: the tab sends it again, smaller, and it lands.
    expect((await send([{ op: 'addStory', story: story('z') }], 2)).result.duplicate).toBe(false);
  });

  it('a replaced owner link stops working at once', async () => {
    const { ownerToken } = await freshBank();
    const { result: next } = await replaceOwnerLink(deps, ownerToken);
    await expect(readBank(deps, ownerToken)).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(readBank(deps, null)).rejects.toMatchObject({ code: 'unauthorized' });
    expect((await readBank(deps, next.ownerToken)).result.id).toBe(next.bankId);
  });
});

describe('import, export and self-check', () => {
  it('adds nothing from a file that does not read, and lists where', async () => {
    const { ownerToken } = await freshBank();
    const bad = JSON.stringify({ format: 'mockloop-story-bank', version: 1, stories: [{ title: 'Fine' }, { title: 'Bad', lps: ['courage'] }] });
    await expect(importBank(deps, ownerToken, { format: 'json', text: bad })).rejects.toMatchObject({ code: 'bad-request', details: { errors: [expect.stringMatching(/^story 2, lps\[0\]/)] } });
    expect((await readBank(deps, ownerToken)).result.stories).toEqual([]);
    const md = '## Pager fatigue\nLPs: Earn Trust\n### Result\nPages fell from 40 a week to 6.\n';
    expect((await importBank(deps, ownerToken, { format: 'markdown', text: md })).result.added).toBe(1);
    const exported = (await exportBank(deps, ownerToken, 'markdown')).result;
    expect(exported).toContain('## Pager fatigue');
  });

  it('flags two stories of one project that disagree, and STAR gaps', async () => {
    const { ownerToken } = await freshBank();
    const a = story('Warehouse scanner rollout', {
      situation: 'Our warehouse scanners dropped orders at the Leeds site.',
      action: 'I led a team of 6 engineers to rebuild the scanner sync.',
      result: 'Dropped orders fell from 3% to 0.5%.',
      lps: ['ownership'],
    });
    const b = story('Scanner sync under pressure', {
      situation: 'The Leeds warehouse scanners kept dropping orders before peak.',
      action: 'I led a team of 14 engineers to rebuild the scanner sync before peak.',
      result: 'We shipped it.',
      lps: ['deliver-results'],
    });
    await tabOf(ownerToken)([{ op: 'addStory', story: a }, { op: 'addStory', story: b }]);
    const { result } = await checkBank(deps, ownerToken);
    expect(result.conflicts).toEqual([expect.objectContaining({ stories: [a.id, b.id], kind: 'team' })]);
    expect(result.conflicts[0]!.detail).not.toMatch(/round/);
    expect(result.gaps).toEqual([{ storyId: b.id, gaps: ['no-number'] }]);
  });
});

describe('data points on the bank page', () => {
  const scanner = () =>
    story('Warehouse scanner rollout', {
      situation: 'Our warehouse scanners dropped orders at the Leeds site.',
      action: 'I led a team of 6 engineers to rebuild the scanner sync.',
      result: 'Dropped orders fell from 3% to 0.5%.',
      lps: ['ownership'],
    });

  it("are read from the story's saved text for the owner to confirm, and only for the owner", async () => {
    const { ownerToken } = await freshBank();
    const a = scanner();
    await tabOf(ownerToken)([{ op: 'addStory', story: a }]);
    const { result } = await suggestBankDataPoints(deps, ownerToken, a.id);
    const bySlot = new Map(result.suggestions.map((s) => [s.slot, s]));
    expect(bySlot.get('team')).toMatchObject({ value: { kind: 'team', size: 6 }, phrase: 'team of 6 engineers', field: 'action' });
    expect(bySlot.get('metric')).toMatchObject({ value: { kind: 'metric', before: 3, after: 0.5, unit: '%' }, field: 'result' });
    await expect(suggestBankDataPoints(deps, ownerToken, randomUUID())).rejects.toMatchObject({ code: 'not-found' });
    await expect(suggestBankDataPoints(deps, loopOwnerToken, a.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(suggestBankDataPoints(deps, null, a.id)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('a confirmed data point is what the self-check compares, against the other story or what its text says', async () => {
    const { ownerToken } = await freshBank();
    const a = scanner();
    const b = story('Scanner sync under pressure', {
      situation: 'The Leeds warehouse scanners kept dropping orders before peak.',
      action: 'I led a team of 14 engineers to rebuild the scanner sync before peak.',
      result: 'Dropped orders fell from 3% to 0.5%.',
      lps: ['deliver-results'],
    });
    const send = tabOf(ownerToken);
    await send([{ op: 'addStory', story: a }, { op: 'addStory', story: b }]);
    const team = (size: number) => ({ status: 'confirmed' as const, value: { kind: 'team' as const, size, whose: 'shared' as const }, phrase: null });
    expect((await checkBank(deps, ownerToken)).result.conflicts.map((c) => c.kind)).toEqual(['team']);
    // The owner says the first story's team was 14 too (the text counts only part of it): no contradiction left.
    await send([{ op: 'setStoryDataPoint', storyId: a.id, slot: 'team', entry: team(14) }]);
    expect((await checkBank(deps, ownerToken)).result.conflicts).toEqual([]);
    // A corrected figure on one story now disagrees with the other's text, which the texts alone never showed.
    const metric = { status: 'confirmed' as const, value: { kind: 'metric' as const, name: 'Dropped orders', before: 3, after: 0.4, unit: '%' }, phrase: null };
    await send([{ op: 'setStoryDataPoint', storyId: b.id, slot: 'metric', entry: metric }]);
    const { conflicts } = (await checkBank(deps, ownerToken)).result;
    expect(conflicts).toEqual([expect.objectContaining({ stories: [a.id, b.id], kind: 'metric', phrases: ['Dropped orders fell from 3% to 0.5%', 'Dropped orders: 3% → 0.4%'] })]);
  });
});

describe('titles shared with the loop', () => {
  it("reach the loop's interviewers only while shared, never the text, and the panel hears of each change", async () => {
    const ownerToken = loopOwnerToken;
    const secret = story('Refund backlog', { situation: 'SECRET situation text' });
    await tabOf(ownerToken)([{ op: 'addStory', story: secret }]);
    expect((await readLoopBank(deps, person('interviewer', 1))).result).toEqual({ attached: false, sharedTitles: false, titles: [] });
    await expect(readLoopBank(deps, person('organizer'))).rejects.toMatchObject({ code: 'forbidden' });
    const { facts: shared } = await shareLoopBank(deps, person('candidate'), true);
    expect(shared).toEqual([{ kind: 'emit', rooms: [`loop:${loop.loopId}`], event: 'loop:changed', payload: { loopId: loop.loopId, what: 'bank' } }]);
    const seen = (await readLoopBank(deps, person('interviewer', 1))).result;
    expect(seen.titles).toContainEqual({ id: secret.id, title: 'Refund backlog', lps: [] });
    expect(JSON.stringify(seen)).not.toContain('SECRET');
    // A title edit while shared tells the panel to fetch the titles again.
    const { facts } = await tabOf(ownerToken)([{ op: 'setStoryText', storyId: secret.id, field: 'title', value: 'Refunds' }]);
    expect(facts).toHaveLength(1);
  });

  it('lets an interviewer link a card only to a story of the shared bank', async () => {
    const ownerToken = loopOwnerToken;
    const prepared = story('Linked story', { situation: 'Our warehouse scanners dropped orders at the Leeds site.', action: 'I led a team of 6 engineers to rebuild the scanner sync.', result: 'Dropped orders fell from 3% to 0.5%.' });
    await tabOf(ownerToken)([{ op: 'addStory', story: prepared }]);
    const interviewer = person('interviewer', 1);
    const cardDeps = { db: deps.db, now: () => NOW };
    const { result: card } = await openScorecard(cardDeps, interviewer, loop.roundIds[0]!);
    const told = { id: randomUUID(), questionId: null, questionText: '', lps: [], situation: prepared.situation, task: '', action: 'I led a team of 15 engineers on the scanner sync.', result: prepared.result, notes: '', flags: [], dataPoints: {} };
    await patchScorecard(cardDeps, interviewer, { scorecardId: card.id, clientId: 'link-tab-1', seq: 1, ops: [{ op: 'addStory', story: told }] });
    // The checker suggests the prepared story from the notes; the interviewer sees its title only.
    const suggested = (await suggestStoryDataPoints(deps, interviewer, { scorecardId: card.id, storyId: told.id })).result;
    expect(suggested.bankStory).toEqual({ id: prepared.id, title: 'Linked story' });
    await expect(patchScorecard(cardDeps, interviewer, { scorecardId: card.id, clientId: 'link-tab-1', seq: 2, ops: [{ op: 'setStoryBankLink', storyId: told.id, bankStoryId: randomUUID() }] })).rejects.toMatchObject({ code: 'not-found' });
    await patchScorecard(cardDeps, interviewer, { scorecardId: card.id, clientId: 'link-tab-1', seq: 2, ops: [{ op: 'setStoryBankLink', storyId: told.id, bankStoryId: prepared.id }] });
    expect((await readScorecard(cardDeps, interviewer, card.id)).result.draft.stories[0]!.bankStoryId).toBe(prepared.id);
    await shareLoopBank(deps, person('candidate'), false);
    await expect(patchScorecard(cardDeps, interviewer, { scorecardId: card.id, clientId: 'link-tab-1', seq: 3, ops: [{ op: 'setStoryBankLink', storyId: told.id, bankStoryId: prepared.id }] })).rejects.toMatchObject({ code: 'not-found' });
  });
});

/** A bank of its own, attached to no loop. */
async function freshBank() {
  const { result: other } = await createLoop(deps, demoLoopRequest(new Date(NOW)));
  const candidate = other.participants.find((p) => p.role === 'candidate')!;
  return (await createLoopBank(deps, principalOf({ ...candidate, loopId: other.loopId }))).result;
}

