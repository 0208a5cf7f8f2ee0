import { describe, expect, it } from 'vitest';
import { LP_IDS } from '@mockloop/shared/lp/catalogue';
import {
  QUESTION_BANK,
  questionById,
  questionsForKind,
  questionsForLp,
} from '@mockloop/shared/questions/bank';
import { QuestionBank, type Question } from '@mockloop/shared/questions/schema';

const questions = QUESTION_BANK.questions;
const behavioral = questions.filter((q) => q.kind === 'behavioral');

/** How a behavioral prompt may open: it must ask for a past situation, not a hypothetical. */
const BEHAVIORAL_OPENINGS = [
  'Tell me about ',
  'Give me an example of ',
  'Describe a ',
  'Describe the ',
  'Walk me through ',
];

const PMT_SDE = ['product-manager-technical', 'software-development-engineer'];

function sample(overrides: Partial<Question> = {}): Question {
  return {
    id: 'co-99',
    kind: 'behavioral',
    lps: ['customer-obsession'],
    text: 'Tell me about a time you listened to a customer.',
    probes: ['What was your part?', 'What data did you use?', 'What was the result?'],
    ...overrides,
  };
}

describe('question bank: coverage', () => {
  it.each(LP_IDS)('%s has at least 6 behavioral questions written for it, each with 3+ probes', (lp) => {
    const own = behavioral.filter((q) => q.lps[0] === lp);
    expect(own.length).toBeGreaterThanOrEqual(6);
    for (const q of own) expect(q.probes.length, q.id).toBeGreaterThanOrEqual(3);
  });

  it('has the minimum number of product, technical and writing prompts', () => {
    expect(questionsForKind('product-sense').length).toBeGreaterThanOrEqual(8);
    expect(questionsForKind('technical').length).toBeGreaterThanOrEqual(10);
    expect(questionsForKind('writing').length).toBeGreaterThanOrEqual(4);
  });

  it('tags every technical prompt for PMT and/or SDE loops only', () => {
    for (const q of questionsForKind('technical')) {
      expect(q.roles, q.id).toBeDefined();
      expect(q.roles?.length, q.id).toBeGreaterThan(0);
      for (const role of q.roles ?? []) expect(PMT_SDE, q.id).toContain(role);
    }
    expect(questionsForKind('technical', 'product-manager-technical').length).toBeGreaterThanOrEqual(10);
    expect(questionsForKind('technical', 'software-development-engineer').length).toBeGreaterThanOrEqual(10);
    expect(questionsForKind('technical', 'product-manager')).toEqual([]);
  });

  it('gives every product and technical prompt at least 3 probes', () => {
    for (const q of questions.filter((x) => x.kind !== 'behavioral')) {
      expect(q.probes.length, q.id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('question bank: well-formed data', () => {
  it('is version 1 and passes its own schema', () => {
    expect(QUESTION_BANK.version).toBe(1);
    expect(QuestionBank.safeParse(QUESTION_BANK).success).toBe(true);
  });

  it('has unique ids and unique question texts', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.text)).size).toBe(questions.length);
  });

  it('has no empty text or probe, and every probe is distinct within its question', () => {
    for (const q of questions) {
      expect(q.text.trim(), q.id).not.toBe('');
      for (const p of q.probes) {
        expect(p.trim(), q.id).not.toBe('');
        expect(p, q.id).toMatch(/[?.]$/);
      }
      expect(new Set(q.probes).size, q.id).toBe(q.probes.length);
    }
  });

  it('phrases every behavioral question as a request for a past situation', () => {
    for (const q of behavioral) {
      const opens = BEHAVIORAL_OPENINGS.some((o) => q.text.startsWith(o));
      expect(opens, `${q.id}: ${q.text}`).toBe(true);
    }
  });

  it('uses each LP at most once per question', () => {
    for (const q of questions) expect(new Set(q.lps).size, q.id).toBe(q.lps.length);
  });
});

describe('question bank: schema refuses bad data', () => {
  const bank = (qs: Question[]) => ({ version: 1, questions: qs });

  it('accepts a well-formed question', () => {
    expect(QuestionBank.safeParse(bank([sample()])).success).toBe(true);
  });

  it.each<[string, Question[]]>([
    ['a duplicate id', [sample(), sample({ text: 'Tell me about another time.' })]],
    ['an unknown LP', [sample({ lps: ['customer-obession' as Question['lps'][number]] })]],
    ['fewer than 3 probes', [sample({ probes: ['What was your part?', 'What was the result?'] })]],
    ['a blank probe', [sample({ probes: ['What was your part?', '   ', 'What was the result?'] })]],
    ['a repeated probe', [sample({ probes: ['What was your part?', 'What was your part?', 'Result?'] })]],
    ['empty text', [sample({ text: '' })]],
    ['untrimmed text', [sample({ text: ' Tell me about a time. ' })]],
    ['a malformed id', [sample({ id: 'CO 1' })]],
    ['no LP', [sample({ lps: [] })]],
  ])('rejects %s', (_label, qs) => {
    expect(QuestionBank.safeParse(bank(qs)).success).toBe(false);
  });
});

describe('question bank: look-ups', () => {
  it('finds a question by id and returns undefined for an unknown id', () => {
    const first = questions[0];
    expect(first).toBeDefined();
    expect(questionById(first!.id)).toBe(first);
    expect(questionById('nope-00')).toBeUndefined();
  });

  it('lists questions written for an LP before those that only touch it', () => {
    const list = questionsForLp('earn-trust');
    const primaryCount = list.filter((q) => q.lps[0] === 'earn-trust').length;
    expect(primaryCount).toBeGreaterThanOrEqual(6);
    expect(list.length).toBeGreaterThan(primaryCount);
    expect(list.every((q) => q.lps.includes('earn-trust'))).toBe(true);
    expect(list.slice(0, primaryCount).every((q) => q.lps[0] === 'earn-trust')).toBe(true);
  });

  it('filters by kind and keeps role-free questions for every role', () => {
    const all = questionsForKind('behavioral');
    expect(all).toEqual(behavioral);
    expect(questionsForKind('behavioral', 'other')).toEqual(behavioral);
    const forPm = questionsForKind('product-sense', 'product-manager');
    expect(forPm.length).toBeGreaterThan(0);
    expect(forPm.every((q) => q.roles === undefined || q.roles.includes('product-manager'))).toBe(true);
    expect(questionsForKind('writing', 'software-development-engineer').length).toBeGreaterThanOrEqual(4);
  });
});
