// The catalogue as plain data, without zod, so a page that shows LP names does not download
// zod; catalogue.ts adds the `LpId` schema and re-exports all of this.

/**
 * The 16 Leadership Principles a Loop is built around.
 *
 * Ids are stable slugs: they are stored in the database, sent over sockets and used as
 * keys in scorecards, so never rename one. Names are Amazon's official titles; every
 * summary, evidence line and red flag is MockLoop's own coaching text, not Amazon's.
 */

/** Every LP id, in Amazon's published order (the order the wizard and reports list them). */
export const LP_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;

export type LpId = (typeof LP_IDS)[number];

export interface LeadershipPrinciple {
  id: LpId;
  /** Amazon's official title. */
  name: string;
  /** What the principle asks of a candidate, in one or two sentences. */
  summary: string;
  /** What a strong story shows, so interviewers know what to listen for. */
  goodEvidence: string;
  /** Short warning signs an interviewer notes on the scorecard. */
  redFlags: readonly string[];
}

export const LEADERSHIP_PRINCIPLES: readonly LeadershipPrinciple[] = [
  {
    id: 'customer-obsession',
    name: 'Customer Obsession',
    summary: 'Letting the needs of the people who use the product steer each decision, and staying loyal to them when rivals or deadlines pull another way.',
    goodEvidence: 'The candidate names a real customer, shows how they learned what that customer needed, and traces a decision back to it.',
    redFlags: ['"The customer" is never a specific person or group', "Optimised for an internal metric at the customer's expense", 'No contact with customers or their data'],
  },
  {
    id: 'ownership',
    name: 'Ownership',
    summary: "Treating the product and the company as if they were one's own: caring past the end of the sprint and past the edge of one's team.",
    goodEvidence: 'The candidate took on a problem nobody had assigned, saw it through, and weighed long-term cost over a quick local win.',
    redFlags: ['"Not my team\'s problem"', 'Blames others for the outcome', 'Trades long-term health for a short-term number'],
  },
  {
    id: 'invent-and-simplify',
    name: 'Invent and Simplify',
    summary: 'Finding a fresh or leaner way to solve a problem, happy to reuse a good idea from anywhere and patient while others catch up.',
    goodEvidence: 'The candidate replaced something complex with something simpler or new, and can say what it removed and what it cost.',
    redFlags: ['Added complexity and called it innovation', 'Rejected ideas because they came from elsewhere', 'Cannot explain the before and after'],
  },
  {
    id: 'are-right-a-lot',
    name: 'Are Right, A Lot',
    summary: 'Calls that turn out well more often than not, because the candidate looks for people who disagree and tries to prove themselves wrong first.',
    goodEvidence: 'The candidate made a call with incomplete data, explains the reasoning and the dissent they sought, and shows how it turned out.',
    redFlags: ['Only consulted people who agreed', 'Judgement rests on rank or gut alone', 'Never wrong, or cannot name a time they changed their mind'],
  },
  {
    id: 'learn-and-be-curious',
    name: 'Learn and Be Curious',
    summary: 'A habit of picking up new skills and poking at unfamiliar problems without waiting to be told to.',
    goodEvidence: 'The candidate taught themselves something new, applied it to real work, and can say what changed because of it.',
    redFlags: ['Learning only when forced', 'Cannot name anything learned recently', 'Curiosity with no effect on the work'],
  },
  {
    id: 'hire-and-develop-the-best',
    name: 'Hire and Develop the Best',
    summary: 'Making each team stronger through who joins it and who grows in it: a firm bar for hiring and real effort spent coaching.',
    goodEvidence: 'The candidate held a firm hiring bar under pressure, or coached someone whose growth is visible in concrete results.',
    redFlags: ['Lowered the bar to fill a seat', "Takes credit for others' growth", 'Mentoring without any outcome'],
  },
  {
    id: 'insist-on-the-highest-standards',
    name: 'Insist on the Highest Standards',
    summary: 'Keeping the quality bar higher than most people think necessary, and lifting it step by step so problems are caught before they reach anyone else.',
    goodEvidence: 'The candidate refused to ship something not good enough, fixed the root cause, and raised the bar for the team afterwards.',
    redFlags: ['"Good enough" as the goal', 'Patched symptoms, not causes', 'High standards only for other people'],
  },
  {
    id: 'think-big',
    name: 'Think Big',
    summary: 'Painting a picture of what the work could become at its most ambitious, and getting people excited enough to build it.',
    goodEvidence: 'The candidate proposed a direction much larger than the request, rallied people behind it, and made concrete progress.',
    redFlags: ['Only incremental ideas', 'Vision with no plan or result', 'Scope shrank at the first obstacle'],
  },
  {
    id: 'bias-for-action',
    name: 'Bias for Action',
    summary: 'Moving quickly when a choice can be reversed, rather than studying it to death, and taking risks that have been thought through.',
    goodEvidence: 'The candidate moved fast on a reversible decision with partial data, managed the risk, and explains why waiting would have cost more.',
    redFlags: ['Waited for full certainty on a two-way door', 'Reckless with an irreversible decision', 'Escalated instead of acting'],
  },
  {
    id: 'frugality',
    name: 'Frugality',
    summary: 'Getting further with fewer resources; a tight budget is treated as a prompt to be inventive, not as an excuse.',
    goodEvidence: 'The candidate delivered with fewer people, money or time than expected, and the constraint led to a better solution.',
    redFlags: ['Asked for more resources as the first answer', 'Cut costs that hurt customers', 'Measures success by team size'],
  },
  {
    id: 'earn-trust',
    name: 'Earn Trust',
    summary: "Being someone others can rely on: hearing people out, saying what one really thinks, treating everyone with respect and owning one's own mistakes out loud.",
    goodEvidence: 'The candidate admitted a mistake openly, repaired a strained relationship, or delivered hard news in a way that built credibility.',
    redFlags: ['Hid bad news', 'Puts others down to look good', 'No story of owning a mistake'],
  },
  {
    id: 'dive-deep',
    name: 'Dive Deep',
    summary: "Knowing the work down to the details, checking the facts first-hand, and digging in when the data and people's stories don't match.",
    goodEvidence: 'The candidate dug into data or code personally to find a root cause others missed, with specifics they can recall under follow-up.',
    redFlags: ['Vague when asked for the numbers', 'Relied on a summary without checking it', 'Delegated the investigation entirely'],
  },
  {
    id: 'have-backbone-disagree-and-commit',
    name: 'Have Backbone; Disagree and Commit',
    summary: 'Speaking up against a decision one believes is wrong, politely but firmly, and then backing the final call completely.',
    goodEvidence: "The candidate pushed back with data on a senior person's decision, and either changed it or committed wholeheartedly to the outcome.",
    redFlags: ['Went along to keep the peace', 'Kept fighting after the decision', 'Disagreement based on opinion, not evidence'],
  },
  {
    id: 'deliver-results',
    name: 'Deliver Results',
    summary: 'Getting the things that matter most done, to a good standard and on time, and finding a way through when plans go wrong.',
    goodEvidence: 'The candidate hit a hard goal despite a real setback, with a measurable outcome and a clear account of their own part.',
    redFlags: ['No measurable outcome', '"We" with no "I"', 'Gave up or moved the goal when blocked'],
  },
  {
    id: 'strive-to-be-earths-best-employer',
    name: "Strive to be Earth's Best Employer",
    summary: 'Caring for the people on the team: making their work safer, fairer and more rewarding, and leading with empathy.',
    goodEvidence: 'The candidate changed something that made work better for their team, such as workload, inclusion or growth, and checked that it helped.',
    redFlags: ['Treats people as resources only', 'Ignored burnout or unfairness', "Team wellbeing as someone else's job"],
  },
  {
    id: 'success-and-scale-bring-broad-responsibility',
    name: 'Success and Scale Bring Broad Responsibility',
    summary: "The bigger the reach, the bigger the duty: thinking about how one's work affects people, communities and the planet beyond the immediate goal.",
    goodEvidence: 'The candidate spotted a wider effect of their work on users, society or the environment, and changed the plan to address it.',
    redFlags: ['Never considered effects beyond the team', 'Dismissed a known risk to users', 'Responsibility as a slogan'],
  },
];

const BY_ID = new Map(LEADERSHIP_PRINCIPLES.map((lp) => [lp.id, lp]));

/** The catalogue entry for an LP id; every valid id has one. */
export function lpById(id: LpId): LeadershipPrinciple {
  const lp = BY_ID.get(id);
  if (!lp) throw new Error(`Unknown Leadership Principle: ${id}`);
  return lp;
}

/** Sorts LP ids into catalogue order, dropping repeats, so output never depends on input order. */
export function inCatalogueOrder(ids: Iterable<LpId>): LpId[] {
  const wanted = new Set(ids);
  return LP_IDS.filter((id) => wanted.has(id));
}
