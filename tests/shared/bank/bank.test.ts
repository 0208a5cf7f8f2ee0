import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyBankOps,
  bankCoverage,
  BankPatch,
  describeOwnPoint,
  emptyBankStory,
  exportBankJson,
  exportBankMarkdown,
  FOCUS_PRESETS,
  importBankJson,
  importBankMarkdown,
  LP_IDS,
  starGaps,
  type BankStory,
  type LpId,
} from '@mockloop/shared';

const story = (title: string, lps: LpId[], text: Partial<BankStory> = {}): BankStory => ({ ...emptyBankStory(randomUUID(), title), lps, ...text });

describe('coverage of the 16 LPs', () => {
  it('tells LPs with no story, with one, and with several apart', () => {
    const stories = [story('Billing rewrite', ['ownership', 'dive-deep']), story('Pager fatigue', ['ownership'])];
    const rows = new Map(bankCoverage(stories).rows.map((r) => [r.lpId, r]));
    expect(rows.size).toBe(16);
    expect(rows.get('ownership')).toMatchObject({ level: 'several', storyIds: [stories[0]!.id, stories[1]!.id] });
    expect(rows.get('dive-deep')).toMatchObject({ level: 'one', storyIds: [stories[0]!.id] });
    expect(rows.get('frugality')).toMatchObject({ level: 'none', storyIds: [] });
  });

  it('flags a story tagged with more than three LPs', () => {
    const heavy = story('Everything at once', ['ownership', 'dive-deep', 'frugality', 'think-big']);
    expect(bankCoverage([heavy, story('Focused', ['ownership'])]).overloaded).toEqual([{ storyId: heavy.id, lpCount: 4 }]);
  });

  it("lists what the target role's focus preset still misses", () => {
    const focus = FOCUS_PRESETS['software-development-engineer'];
    const covered = focus.slice(0, 2);
    const coverage = bankCoverage([story('A', [covered[0]!]), story('B', [covered[0]!, covered[1]!])], focus);
    expect(coverage.focusThin).toEqual([covered[1]]);
    expect(coverage.focusMissing).toEqual(focus.slice(2).filter((id) => LP_IDS.includes(id)));
  });

  it('property: every story counts once for each LP it names, and only LPs in focus are missing', () => {
    const lps = fc.uniqueArray(fc.constantFrom(...LP_IDS), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(lps, { maxLength: 10 }), fc.uniqueArray(fc.constantFrom(...LP_IDS)), (tags, focus) => {
        const stories = tags.map((t, i) => story(`s${i}`, t));
        const coverage = bankCoverage(stories, focus);
        const total = coverage.rows.reduce((n, r) => n + r.storyIds.length, 0);
        expect(total).toBe(tags.reduce((n, t) => n + t.length, 0));
        for (const id of [...coverage.focusMissing, ...coverage.focusThin]) expect(focus).toContain(id);
      }),
    );
  });
});

describe('STAR gaps', () => {
  it('reads a missing result, a result without a number, and "we" without "I"', () => {
    expect(starGaps(story('x', [], { action: 'I rewrote it.' }))).toEqual(['no-result']);
    expect(starGaps(story('x', [], { action: 'I rewrote it.', result: 'Customers were happier.' }))).toEqual(['no-number']);
    expect(starGaps(story('x', [], { action: 'We rewrote it.', result: 'Refunds fell 40%.' }))).toEqual(['we-without-i']);
    expect(starGaps(story('x', [], { action: 'We planned it and I wrote the migration.', result: 'Refunds fell from 9 days to 2.' }))).toEqual([]);
  });

  it('counts a metric data point as the number a result needs', () => {
    const metric = { status: 'confirmed' as const, value: { kind: 'metric' as const, name: 'refund time', before: 9, after: 2, unit: 'days' }, phrase: null };
    expect(starGaps(story('x', [], { action: 'I did it.', result: 'Refunds got much faster.', dataPoints: { metric } }))).toEqual([]);
  });
});

describe('bank ops', () => {
  it('apply in order: add, edit, tag, remove; a replayed add keeps later edits', () => {
    const s = story('Draft', []);
    const ops = [
      { op: 'addStory' as const, story: s },
      { op: 'setStoryText' as const, storyId: s.id, field: 'result' as const, value: 'Cut refunds from 9 days to 2.' },
      { op: 'setStoryLps' as const, storyId: s.id, value: ['ownership', 'ownership'] as LpId[] },
      { op: 'addStory' as const, story: s },
    ];
    const [after] = applyBankOps([], ops);
    expect(after).toMatchObject({ result: 'Cut refunds from 9 days to 2.', lps: ['ownership'] });
    expect(applyBankOps([after!], [{ op: 'removeStory', storyId: s.id }])).toEqual([]);
  });

  it('the patch schema refuses unknown ops and fields', () => {
    expect(BankPatch.safeParse({ clientId: 'tab-12345', seq: 1, ops: [{ op: 'setStoryText', storyId: randomUUID(), field: 'notes', value: '' }] }).success).toBe(false);
    expect(BankPatch.safeParse({ clientId: 'tab-12345', seq: 0, ops: [{ op: 'removeStory', storyId: randomUUID() }] }).success).toBe(false);
  });

  it('sets a data point in its own slot only, and takes it back with null', () => {
    const s = story('Draft', []);
    const team = { status: 'confirmed' as const, value: { kind: 'team' as const, size: 6, whose: 'candidate' as const }, phrase: 'team of 6 engineers' };
    const op = (slot: string, entry: unknown) => ({ clientId: 'tab-12345', seq: 1, ops: [{ op: 'setStoryDataPoint', storyId: s.id, slot, entry }] });
    expect(BankPatch.safeParse(op('team', team)).success).toBe(true);
    // A team size filed as a duration would be compared as a length of time.
    expect(BankPatch.safeParse(op('duration:project', team)).success).toBe(false);
    expect(BankPatch.safeParse(op('duration:project', { status: 'dismissed', phrase: null })).success).toBe(true);
    const misfiled = { ...s, dataPoints: { metric: team } };
    expect(BankPatch.safeParse({ clientId: 'tab-12345', seq: 1, ops: [{ op: 'addStory', story: misfiled }] }).success).toBe(false);
    const [withTeam] = applyBankOps([s], [{ op: 'setStoryDataPoint', storyId: s.id, slot: 'team', entry: team }]);
    expect(withTeam!.dataPoints).toEqual({ team });
    expect(applyBankOps([withTeam!], [{ op: 'setStoryDataPoint', storyId: s.id, slot: 'team', entry: null }])[0]!.dataPoints).toEqual({});
  });

  it("words a data point for the bank's owner", () => {
    expect(describeOwnPoint({ kind: 'team', size: 6, whose: 'candidate' })).toBe('6 people, your own team');
    expect(describeOwnPoint({ kind: 'team', size: 1, whose: 'shared' })).toBe('1 person, a team you worked in');
    expect(describeOwnPoint({ kind: 'metric', name: 'Dropped orders', before: 3, after: 0.4, unit: '%' })).toBe('Dropped orders: 3% → 0.4%');
  });
});

describe('import and export', () => {
  const bank = [
    story('Billing rewrite', ['ownership', 'dive-deep'], {
      situation: 'Refunds took 9 days.\n\nSupport was swamped.',
      task: 'I owned the refund flow.',
      action: 'I rewrote the ledger sync.',
      result: 'Refunds fell from 9 days to 2.',
      dataPoints: { team: { status: 'confirmed', value: { kind: 'team', size: 5, whose: 'candidate' }, phrase: null } },
    }),
    story('Pager fatigue', ['earn-trust', 'are-right-a-lot', 'have-backbone-disagree-and-commit']),
  ];
  const ids = () => {
    let n = 0;
    return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  };
  const withoutIds = (stories: BankStory[]) => stories.map(({ id: _id, ...rest }) => rest);

  it('JSON round-trips every field', () => {
    const back = importBankJson(exportBankJson(bank), ids());
    expect(back.ok && withoutIds(back.stories)).toEqual(withoutIds(bank));
  });

  it('Markdown round-trips every field, LPs by name', () => {
    const text = exportBankMarkdown(bank);
    expect(text).toContain('LPs: Ownership, Dive Deep');
    expect(text).toContain('LPs: Earn Trust, Are Right, A Lot, Have Backbone; Disagree and Commit');
    const back = importBankMarkdown(text, ids());
    expect(back.ok && withoutIds(back.stories)).toEqual(withoutIds(bank));
  });

  it('JSON errors say which story and field', () => {
    const file = { format: 'mockloop-story-bank', version: 1, stories: [{ title: 'Fine' }, { title: '', lps: ['ownership', 'bravery'] }] };
    const result = importBankJson(JSON.stringify(file), ids());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^story 2, title: needs a title/), expect.stringMatching(/^story 2, lps\[1\]:/)]));
    expect(importBankJson('{nope', ids())).toEqual({ ok: false, errors: [expect.stringContaining('not JSON')] });
    expect(importBankJson('{"format":"other","version":1,"stories":[]}', ids())).toEqual({ ok: false, errors: ['format: must be "mockloop-story-bank"'] });
    const misfiled = { format: 'mockloop-story-bank', version: 1, stories: [{ title: 'Odd', dataPoints: { role: { status: 'confirmed', value: { kind: 'team', size: 3, whose: 'other' }, phrase: null } } }] };
    expect(importBankJson(JSON.stringify(misfiled), ids())).toEqual({ ok: false, errors: ['story 1, dataPoints: a data point value does not belong in its slot'] });
  });

  it('Markdown errors name the line and the unknown LP', () => {
    const result = importBankMarkdown('Intro\n## A\nLPs: Ownership, Bravery\n### Feelings\nx', ids());
    expect(!result.ok && result.errors).toEqual([
      'line 1: text before the first story; start each story with "## Title"',
      'line 4: unknown section "Feelings"; use Situation, Task, Action, Result or Data points',
      'line 5: text outside a section; put it under "### Situation", "### Task", "### Action" or "### Result"',
      'story at line 2, lps[1]: "Bravery" is not a Leadership Principle',
    ]);
    expect(importBankMarkdown('', ids())).toEqual({ ok: false, errors: ['No stories found; start each story with "## Title"'] });
  });
});
