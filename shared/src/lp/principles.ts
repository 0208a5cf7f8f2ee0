import { LP_IDS, LP_NAMES, type LpId } from './names.js';
import { LP_GOOD_EVIDENCE } from './evidence.js';

// The whole catalogue as plain data, without zod, so a page that shows LP coaching does not
// download zod; catalogue.ts adds the `LpId` schema and re-exports all of this. Names and the
// evidence line live in their own modules (names.ts, evidence.ts) for the screens that need
// only those; every summary, evidence line and red flag is MockLoop's own coaching text, not
// Amazon's.

export { inCatalogueOrder, LP_IDS, type LpId } from './names.js';

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

const COACHING: Readonly<Record<LpId, Pick<LeadershipPrinciple, 'summary' | 'redFlags'>>> = {
  'customer-obsession': {
    summary: 'Letting the needs of the people who use the product steer each decision, and staying loyal to them when rivals or deadlines pull another way.',
    redFlags: ['"The customer" is never a specific person or group', "Optimised for an internal metric at the customer's expense", 'No contact with customers or their data'],
  },
  ownership: {
    summary: "Treating the product and the company as if they were one's own: caring past the end of the sprint and past the edge of one's team.",
    redFlags: ['"Not my team\'s problem"', 'Blames others for the outcome', 'Trades long-term health for a short-term number'],
  },
  'invent-and-simplify': {
    summary: 'Finding a fresh or leaner way to solve a problem, happy to reuse a good idea from anywhere and patient while others catch up.',
    redFlags: ['Added complexity and called it innovation', 'Rejected ideas because they came from elsewhere', 'Cannot explain the before and after'],
  },
  'are-right-a-lot': {
    summary: 'Calls that turn out well more often than not, because the candidate looks for people who disagree and tries to prove themselves wrong first.',
    redFlags: ['Only consulted people who agreed', 'Judgement rests on rank or gut alone', 'Never wrong, or cannot name a time they changed their mind'],
  },
  'learn-and-be-curious': {
    summary: 'A habit of picking up new skills and poking at unfamiliar problems without waiting to be told to.',
    redFlags: ['Learning only when forced', 'Cannot name anything learned recently', 'Curiosity with no effect on the work'],
  },
  'hire-and-develop-the-best': {
    summary: 'Making each team stronger through who joins it and who grows in it: a firm bar for hiring and real effort spent coaching.',
    redFlags: ['Lowered the bar to fill a seat', "Takes credit for others' growth", 'Mentoring without any outcome'],
  },
  'insist-on-the-highest-standards': {
    summary: 'Keeping the quality bar higher than most people think necessary, and lifting it step by step so problems are caught before they reach anyone else.',
    redFlags: ['"Good enough" as the goal', 'Patched symptoms, not causes', 'High standards only for other people'],
  },
  'think-big': {
    summary: 'Painting a picture of what the work could become at its most ambitious, and getting people excited enough to build it.',
    redFlags: ['Only incremental ideas', 'Vision with no plan or result', 'Scope shrank at the first obstacle'],
  },
  'bias-for-action': {
    summary: 'Moving quickly when a choice can be reversed, rather than studying it to death, and taking risks that have been thought through.',
    redFlags: ['Waited for full certainty on a two-way door', 'Reckless with an irreversible decision', 'Escalated instead of acting'],
  },
  frugality: {
    summary: 'Getting further with fewer resources; a tight budget is treated as a prompt to be inventive, not as an excuse.',
    redFlags: ['Asked for more resources as the first answer', 'Cut costs that hurt customers', 'Measures success by team size'],
  },
  'earn-trust': {
    summary: "Being someone others can rely on: hearing people out, saying what one really thinks, treating everyone with respect and owning one's own mistakes out loud.",
    redFlags: ['Hid bad news', 'Puts others down to look good', 'No story of owning a mistake'],
  },
  'dive-deep': {
    summary: "Knowing the work down to the details, checking the facts first-hand, and digging in when the data and people's stories don't match.",
    redFlags: ['Vague when asked for the numbers', 'Relied on a summary without checking it', 'Delegated the investigation entirely'],
  },
  'have-backbone-disagree-and-commit': {
    summary: 'Speaking up against a decision one believes is wrong, politely but firmly, and then backing the final call completely.',
    redFlags: ['Went along to keep the peace', 'Kept fighting after the decision', 'Disagreement based on opinion, not evidence'],
  },
  'deliver-results': {
    summary: 'Getting the things that matter most done, to a good standard and on time, and finding a way through when plans go wrong.',
    redFlags: ['No measurable outcome', '"We" with no "I"', 'Gave up or moved the goal when blocked'],
  },
  'strive-to-be-earths-best-employer': {
    summary: 'Caring for the people on the team: making their work safer, fairer and more rewarding, and leading with empathy.',
    redFlags: ['Treats people as resources only', 'Ignored burnout or unfairness', "Team wellbeing as someone else's job"],
  },
  'success-and-scale-bring-broad-responsibility': {
    summary: "The bigger the reach, the bigger the duty: thinking about how one's work affects people, communities and the planet beyond the immediate goal.",
    redFlags: ['Never considered effects beyond the team', 'Dismissed a known risk to users', 'Responsibility as a slogan'],
  },
};

/** Every LP with its coaching, in Amazon's published order. */
export const LEADERSHIP_PRINCIPLES: readonly LeadershipPrinciple[] = LP_IDS.map((id) => ({ id, name: LP_NAMES[id], goodEvidence: LP_GOOD_EVIDENCE[id], ...COACHING[id] }));

const BY_ID = new Map(LEADERSHIP_PRINCIPLES.map((lp) => [lp.id, lp]));

/** The catalogue entry for an LP id; every valid id has one. */
export function lpById(id: LpId): LeadershipPrinciple {
  const lp = BY_ID.get(id);
  if (!lp) throw new Error(`Unknown Leadership Principle: ${id}`);
  return lp;
}
