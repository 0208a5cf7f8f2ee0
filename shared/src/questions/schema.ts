import { z } from 'zod';
import { TargetRole } from '../loop/target-role.js';
import { LpId } from '../lp/catalogue.js';

/**
 * The shape of the question bank. The bank itself is data (bank.json) so it can be
 * reviewed and versioned like any other content; this file is the contract it must meet.
 */

/**
 * What a question asks for: a past-behaviour story, a product / working-backwards
 * exercise, a technical design discussion (PMT and SDE loops), or a written exercise.
 */
export const QuestionKind = z.enum(['behavioral', 'product-sense', 'technical', 'writing']);
export type QuestionKind = z.infer<typeof QuestionKind>;

/** Non-empty, and no stray whitespace at either end: the bank is hand-edited text. */
const Text = z
  .string()
  .min(1)
  .refine((s) => s.trim().length > 0, 'must not be blank')
  .refine((s) => s.trim() === s, 'must not start or end with whitespace');

/** Short, stable ids such as `co-01`, `tech-07`: stored with notes, so never renumber. */
export const QuestionId = z.string().regex(/^[a-z]+-\d{2,3}$/, 'ids look like "co-01"');
export type QuestionId = z.infer<typeof QuestionId>;

function hasDuplicates(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

export const Question = z
  .object({
    id: QuestionId,
    kind: QuestionKind,
    /** LPs this question gives evidence for; the first is the one it was written for. */
    lps: z.array(LpId).min(1).max(3),
    text: Text,
    /** Follow-ups the interviewer can use to get past a rehearsed answer. */
    probes: z.array(Text).min(3).max(6),
    /** Loops this question suits; absent means every role. */
    roles: z.array(TargetRole).min(1).optional(),
  })
  .superRefine((q, ctx) => {
    if (hasDuplicates(q.lps)) {
      ctx.addIssue({ code: 'custom', path: ['lps'], message: 'an LP is listed twice' });
    }
    if (hasDuplicates(q.probes)) {
      ctx.addIssue({ code: 'custom', path: ['probes'], message: 'a probe is listed twice' });
    }
    if (q.roles && hasDuplicates(q.roles)) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'a role is listed twice' });
    }
  });
export type Question = z.infer<typeof Question>;

export const QuestionBank = z
  .object({
    /** Bumped when questions are reworded or removed, so stored copies can be refreshed. */
    version: z.number().int().min(1),
    questions: z.array(Question).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate id ${q.id}` });
      }
      seen.add(q.id);
    });
  });
export type QuestionBank = z.infer<typeof QuestionBank>;
