import type { LpId } from '../lp/principles.js';
import type { StoryDataPoints } from '../scorecard/data-points.js';

// Bank limits and shapes without zod, so the bank page can apply ops without downloading it;
// contract.ts holds the schemas.

/** Stories one bank holds: a loop needs 8-12 good ones; 60 leaves room for drafts. */
export const MAX_BANK_STORIES = 60;
/** A story backing more LPs than this is leaned on too hard for one loop. */
export const MAX_LPS_PER_STORY = 3;
/** The fields of a bank story written as text, each edited on its own. */
export const BANK_TEXT_FIELDS = ['title', 'situation', 'task', 'action', 'result'] as const;
export type BankTextField = (typeof BANK_TEXT_FIELDS)[number];

/** One prepared story: what the candidate means to tell, with the facts they mean to state. */
export type BankStory = {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  lps: LpId[];
  /** The same shape as the interviewer's story card; every entry the owner wrote is theirs, so confirmed. */
  dataPoints: StoryDataPoints;
};

export function emptyBankStory(id: string, title = ''): BankStory {
  return { id, title, situation: '', task: '', action: '', result: '', lps: [], dataPoints: {} };
}
