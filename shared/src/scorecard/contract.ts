import { z } from 'zod';
import { LpId } from '../lp/catalogue.js';
import { QuestionKind } from '../questions/schema.js';
import { ShortText } from '../text.js';

export const ScorecardRef = z.object({ scorecardId: z.uuid() });
export type ScorecardRef = z.infer<typeof ScorecardRef>;

/** "Show question": the interviewer puts a question (never notes) on the candidate's screen. */
export const ShowQuestion = z.object({ roundId: z.uuid(), text: z.string().trim().max(500).nullable() });
export type ShowQuestion = z.infer<typeof ShowQuestion>;
export type QuestionShown = { loopId: string; roundId: string; text: string | null };

/** An organizer's own question for this loop. */
export const CustomQuestionRequest = z.object({
  kind: QuestionKind,
  lps: z.array(LpId).min(1).max(3),
  text: z.string().trim().min(10, 'must be at least 10 characters').max(500),
  probes: z.array(ShortText.trim().min(1)).max(6).default([]),
});
export type CustomQuestionRequest = z.infer<typeof CustomQuestionRequest>;

/** A question as the interviewer sees it: from the bank, or added by the organizer. */
export const QuestionCard = z.object({
  id: z.string(),
  kind: QuestionKind,
  lps: z.array(LpId),
  text: z.string(),
  probes: z.array(z.string()),
  custom: z.boolean(),
});
export type QuestionCard = z.infer<typeof QuestionCard>;

/** What the interviewer of a round has at hand: their LPs and the questions for them. */
export const RoundQuestions = z.object({
  roundId: z.uuid(),
  assignedLps: z.array(LpId),
  questions: z.array(QuestionCard),
});
export type RoundQuestions = z.infer<typeof RoundQuestions>;

/** Reminder threshold and state of one's own scorecard, for the interviewer's page. */
export type ScorecardDue = { dueAt: string | null; overdue: boolean };
