import type { LpId } from './names.js';

// What an interviewer listens for, apart from the rest of the coaching text: the round's room
// shows it beside the questions and needs nothing else of the catalogue but the names.

/** What a strong story shows for each LP (MockLoop's own coaching text, not Amazon's). */
export const LP_GOOD_EVIDENCE: Readonly<Record<LpId, string>> = {
  'customer-obsession': 'The candidate names a real customer, shows how they learned what that customer needed, and traces a decision back to it.',
  ownership: 'The candidate took on a problem nobody had assigned, saw it through, and weighed long-term cost over a quick local win.',
  'invent-and-simplify': 'The candidate replaced something complex with something simpler or new, and can say what it removed and what it cost.',
  'are-right-a-lot': 'The candidate made a call with incomplete data, explains the reasoning and the dissent they sought, and shows how it turned out.',
  'learn-and-be-curious': 'The candidate taught themselves something new, applied it to real work, and can say what changed because of it.',
  'hire-and-develop-the-best': 'The candidate held a firm hiring bar under pressure, or coached someone whose growth is visible in concrete results.',
  'insist-on-the-highest-standards': 'The candidate refused to ship something not good enough, fixed the root cause, and raised the bar for the team afterwards.',
  'think-big': 'The candidate proposed a direction much larger than the request, rallied people behind it, and made concrete progress.',
  'bias-for-action': 'The candidate moved fast on a reversible decision with partial data, managed the risk, and explains why waiting would have cost more.',
  frugality: 'The candidate delivered with fewer people, money or time than expected, and the constraint led to a better solution.',
  'earn-trust': 'The candidate admitted a mistake openly, repaired a strained relationship, or delivered hard news in a way that built credibility.',
  'dive-deep': 'The candidate dug into data or code personally to find a root cause others missed, with specifics they can recall under follow-up.',
  'have-backbone-disagree-and-commit': "The candidate pushed back with data on a senior person's decision, and either changed it or committed wholeheartedly to the outcome.",
  'deliver-results': 'The candidate hit a hard goal despite a real setback, with a measurable outcome and a clear account of their own part.',
  'strive-to-be-earths-best-employer': 'The candidate changed something that made work better for their team, such as workload, inclusion or growth, and checked that it helped.',
  'success-and-scale-bring-broad-responsibility': 'The candidate spotted a wider effect of their work on users, society or the environment, and changed the plan to address it.',
};
