// The prompt bank and the rubric as plain data (no zod), shared by the setup form, the
// writing page and the server.

export const PROMPT_KINDS = ['pr-faq', 'narrative', 'memo'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export const PROMPT_KIND_LABELS: Record<PromptKind, string> = {
  'pr-faq': 'Press release and FAQ',
  narrative: 'Narrative',
  memo: 'Memo sections',
};

export type WritingPrompt = { id: string; kind: PromptKind; title: string; text: string };

/**
 * Prompts shipped with MockLoop, written for it. Each asks for one document a candidate can
 * finish in about an hour, in the forms an Amazon writing exercise uses: a press release and
 * FAQ written from the customer backwards, a first-person narrative about a decision, or the
 * opening sections of a six-page memo.
 */
export const PROMPT_BANK: readonly WritingPrompt[] = [
  {
    id: 'prfaq-small-business-returns',
    kind: 'pr-faq',
    title: 'Returns for small online shops',
    text: 'Write a one-page press release announcing a service that lets small online shops offer free, label-free returns, dated on its launch day. Open with the customer and the problem in their words, quote a customer and a leader, and say how to get started. Then add an FAQ for customers and an internal FAQ: who pays, what could go wrong, how you will know it works.',
  },
  {
    id: 'prfaq-commute-planner',
    kind: 'pr-faq',
    title: 'A planner for shift workers’ commutes',
    text: 'Working backwards from the customer, write the press release for a product that plans the journey home for people whose shifts end after public transport thins out. Name the customer precisely, state the one problem it solves first, and keep features the customer would not notice out of it. Follow with external and internal FAQs, including the hardest question a sceptical leader would ask.',
  },
  {
    id: 'narrative-hard-decision',
    kind: 'narrative',
    title: 'A decision you made with too little data',
    text: 'Write a narrative about a decision you made at work before you had all the data you wanted. Describe the situation and what was at stake, the options you weighed and why, what you decided and what you personally did, and what happened, with numbers where you have them. End with what you would do differently.',
  },
  {
    id: 'narrative-changed-mind',
    kind: 'narrative',
    title: 'When a customer changed your mind',
    text: 'Write about a time when something you learned from customers made you change a plan you had already committed to. Say what the plan was and who had agreed to it, what you heard and how you checked it, how you brought the others round, and the result. Use the first person for what you did and “we” only for what the team did.',
  },
  {
    id: 'memo-tenets-and-plan',
    kind: 'memo',
    title: 'Next year’s plan for a product you know',
    text: 'Write the first sections of a six-page memo proposing next year’s plan for a product or service you know well: the purpose, three to five tenets (beliefs that settle trade-offs), the state of the business with the metrics that matter, and the plan with what you will not do. Write in full sentences, no bullet points except in tables.',
  },
  {
    id: 'memo-post-incident',
    kind: 'memo',
    title: 'After an outage',
    text: 'Write the memo a team would send its leaders a week after an outage that customers noticed: what customers experienced and for how long, the timeline, the root cause found by asking “why” until it is a mechanism and not a person, what has been fixed, what is still at risk, and the few actions you are asking leaders to back.',
  },
];

export function promptById(id: string): WritingPrompt | undefined {
  return PROMPT_BANK.find((p) => p.id === id);
}

/** What reviewers rate, in this order. */
export const RUBRIC_CRITERIA = ['clarity', 'structure', 'customer-focus', 'data', 'lps-shown'] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

export const RUBRIC_LABELS: Record<RubricCriterion, string> = {
  clarity: 'Clarity',
  structure: 'Structure',
  'customer-focus': 'Customer focus',
  data: 'Use of data',
  'lps-shown': 'Leadership Principles shown',
};

export const RUBRIC_HINTS: Record<RubricCriterion, string> = {
  clarity: 'Plain words, short sentences, one idea per paragraph; no jargon or weasel words.',
  structure: 'The reader knows where they are; the conclusion is stated, then supported.',
  'customer-focus': 'Starts from a named customer and their problem, and stays there.',
  data: 'Claims carry numbers with a baseline and a source; no number without meaning.',
  'lps-shown': 'Which Leadership Principles the writing shows, and how strongly.',
};

/** A rubric rating, on the LP rating scale's three steps. */
export const RUBRIC_RATINGS = ['raises-the-bar', 'meets', 'below'] as const;
export type RubricRating = (typeof RUBRIC_RATINGS)[number];

/** Advice for the candidate on each criterion rated below the bar, shown in their feedback. */
export const RUBRIC_PRACTICE: Record<RubricCriterion, string> = {
  clarity: 'Rewrite one paragraph at a time: cut every word that does not change the meaning, replace adjectives with facts.',
  structure: 'Outline before writing: the one-sentence conclusion first, then the sections that support it, each opening with its point.',
  'customer-focus': 'Name the customer in the first paragraph and check every section answers a question they would ask.',
  data: 'Give every claim a number, its baseline and where it came from; leave out numbers you cannot explain.',
  'lps-shown': 'Reread your text as a Bar Raiser: mark where each Leadership Principle shows in what you did, and make those moments concrete.',
};

/** The most comments one review holds. */
export const MAX_REVIEW_COMMENTS = 60;
