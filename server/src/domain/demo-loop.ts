import { CreateLoopRequest, type LpId, type StoryDataPoints, type StoryFlag } from '@mockloop/shared';
import { DateTime } from 'luxon';

/**
 * A sample loop for the curious: it started three and a half hours ago, so three rounds are
 * over, two scorecards are submitted and one is a draft, and the stories told in rounds 1
 * and 3 are the same experience retold with a different team size and timeline, which the
 * debrief's consistency check will catch.
 */
export function demoLoopRequest(now: Date): CreateLoopRequest {
  // Round titles are neutral: the candidate sees them, and must learn neither the LPs nor
  // who the Bar Raiser is.
  const start = DateTime.fromJSDate(now, { zone: 'UTC' }).minus({ minutes: 210 }).startOf('minute');
  return CreateLoopRequest.parse({
    candidate: { name: 'Alex Morgan' },
    organizer: { name: 'Jordan Lee' },
    targetRole: 'product-manager',
    startsAt: start.toFormat("yyyy-MM-dd'T'HH:mm"),
    timeZone: 'UTC',
    meetingUrl: 'https://meet.example.org/alex-mock-loop',
    rounds: [
      { title: 'Behavioral interview 1', kind: 'behavioral', interviewer: { name: 'Priya Raman' } },
      { title: 'Product sense', kind: 'product-sense', interviewer: { name: 'Jonas Berg' }, shadows: [{ name: 'Tom Weber' }] },
      { title: 'Behavioral interview 2', kind: 'behavioral', interviewer: { name: 'Ade Okafor' } },
      { title: 'Writing exercise', kind: 'writing', interviewer: { name: 'Mei Lin' } },
      { title: 'Behavioral interview 3', kind: 'behavioral', interviewer: { name: 'Lena Fischer' }, isBarRaiser: true, breakAfterMinutes: 0 },
    ],
  });
}

/** How many of the demo's rounds are already over. */
export const DEMO_ROUNDS_DONE = 3;

type DemoStory = {
  questionText: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  notes: string;
  flags: StoryFlag[];
  /** What the interviewer confirmed while the candidate talked. */
  dataPoints?: StoryDataPoints;
};

type DemoScorecard = {
  status: 'draft' | 'submitted';
  vote: string | null;
  strengths: string;
  concerns: string;
  summary: string;
  rating(lp: LpId, index: number): { rating: string | null; evidence: string };
  stories: DemoStory[];
};

const checkoutStory: DemoStory = {
  questionText: 'Tell me about a time you went beyond what a customer asked for.',
  situation: 'Mobile checkout abandonment at 22%; support tickets said the address form was the pain.',
  task: 'Alex owned the checkout funnel as PM.',
  action: 'I led a team of 8 engineers, interviewed 12 customers, cut the form from 11 fields to 4 and added address lookup.',
  result: 'Abandonment fell from 22% to 15% within six weeks of launch.',
  notes: 'Strong on customer data. Clear "I".',
  flags: [],
  dataPoints: {
    team: { status: 'confirmed', value: { kind: 'team', size: 8, whose: 'candidate' }, phrase: 'team of 8 engineers' },
    role: { status: 'confirmed', value: { kind: 'role', part: 'led', of: null }, phrase: 'I led a team of 8 engineers' },
  },
};

const checkoutRetold: DemoStory = {
  questionText: 'Tell me about the project you are proudest of.',
  situation: 'Checkout drop-off on the app was high; customers complained about the address form.',
  task: 'Was PM for the checkout flow.',
  action: 'Drove a 20-engineer effort to rebuild the form with address lookup; we ran a pilot first.',
  result: 'The rebuild took 4 months; abandonment down to about 15%.',
  notes: 'Same checkout story as round 1? Team size and duration sound different.',
  flags: ['used-we'],
};

/** The three scorecards of the rounds that are over, in round order. */
export const DEMO_SCORECARDS: DemoScorecard[] = [
  {
    status: 'submitted',
    vote: 'inclined-hire',
    strengths: 'Starts from customer evidence; quantifies outcomes.',
    concerns: 'Trade-offs were described only when probed.',
    summary: 'Solid customer obsession with a measurable result. Inclined to hire.',
    rating: (lp, i) => ({ rating: i === 0 ? 'raises-the-bar' : 'meets', evidence: `Checkout story shows ${lp.replaceAll('-', ' ')}.` }),
    stories: [checkoutStory],
  },
  {
    status: 'submitted',
    vote: 'inclined-not-hire',
    strengths: 'Good instinct for the customer problem.',
    concerns: 'Press release was feature-led; metrics mixed inputs and outputs.',
    summary: 'Working-backwards document needed heavy prompting. Inclined not to hire.',
    rating: (_lp, i) => ({ rating: i === 0 ? 'below' : 'meets', evidence: 'PR/FAQ opened with features, not the customer.' }),
    stories: [
      {
        questionText: 'Write the press release for a feature that helps small sellers price their items.',
        situation: 'Small sellers underprice and churn.',
        task: 'Draft the PR headline and FAQ.',
        action: 'Wrote headline around automatic price suggestions; FAQ on data sources.',
        result: '',
        notes: 'No success metric until asked.',
        flags: ['no-measurable-result'],
      },
    ],
  },
  {
    status: 'draft',
    vote: null,
    strengths: 'Owns outcomes end to end.',
    concerns: '',
    summary: '',
    rating: () => ({ rating: null, evidence: '' }),
    stories: [checkoutRetold],
  },
];
