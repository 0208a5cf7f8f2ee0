import type { CreateLoopRequestInput } from '@mockloop/shared';

/** Shown in the OpenAPI document: a complete, valid loop set-up. */
export const exampleCreateLoop: CreateLoopRequestInput = {
  candidate: { name: 'Sam Ortiz', email: 'sam@example.org' },
  organizer: { name: 'Priya Raman' },
  targetRole: 'product-manager-technical',
  startsAt: '2026-12-05T10:00',
  timeZone: 'Europe/London',
  meetingUrl: 'https://meet.example.org/sam-loop',
  rounds: [
    { title: 'Customer and ownership', kind: 'behavioral', interviewer: { name: 'Priya Raman' } },
    { title: 'Working backwards', kind: 'product-sense', interviewer: { name: 'Jonas Berg' } },
    { title: 'System design', kind: 'technical', interviewer: { name: 'Ade Okafor' }, durationMinutes: 60 },
    { title: 'Delivering results', kind: 'behavioral', interviewer: { name: 'Mei Lin' }, shadows: [{ name: 'Tom Weber' }] },
    { title: 'Bar Raiser', kind: 'behavioral', interviewer: { name: 'Lena Fischer' }, isBarRaiser: true, breakAfterMinutes: 0 },
  ],
};

const loopId = '3f2b9c1e-8a4d-4c7b-9e21-5d6f7a8b9c0d';
const participantId = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const token = 'kt0GNVww164xCQl6udY9ha7KALhTPA7IPnjWraJuPG0';

export const exampleCreateLoopResponse = {
  loopId,
  links: [
    { participantId, role: 'organizer', name: 'Priya Raman', roundPosition: null, isBarRaiser: false, token, url: `https://mockloop.example.org/join#token=${token}` },
  ],
};

export const exampleCustomQuestion = {
  kind: 'behavioral',
  lps: ['frugality'],
  text: 'Tell me about a time you delivered with half the budget you asked for.',
  probes: ['What did you give up, and how did you decide?', 'What did it cost the customer?'],
};

export const exampleDebrief = {
  open: { reason: 'Ben is travelling; his notes will follow.' },
  read: { scorecardId: '0b7e6d5c-4b3a-4291-8f7e-6d5c4b3a2910' },
  phase: { phase: 'revote' },
  vote: { vote: 'inclined-hire' },
  spotlight: { spotlight: { kind: 'lp', id: 'ownership' } },
  dismissal: {
    stories: ['5f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e', '6a2b3c4d-5e6f-4a7b-9c8d-0e1f2a3b4c5d'],
    kind: 'team',
    reason: 'Round 1 counted only the engineers; round 3 counted the whole program.',
  },
  decision: { decision: 'no-hire', rationale: 'Ownership evidence was thin across rounds, and the checkout story changed.' },
  publish: {
    showInterviewerNames: false,
    strengths: ['Starts from customer evidence'],
    growthAreas: ['Quantify results', 'Say what you did, not what the team did'],
    lpSummaries: { ownership: 'Clear on outcomes, vague on your own part.' },
  },
};

export const exampleBank = {
  patch: {
    clientId: 'bank-tab-3f9a2c',
    seq: 1,
    ops: [
      {
        op: 'addStory',
        story: {
          id: '7b0c5a7e-2f4e-4a51-9d35-0c8f1f3f4a21',
          title: 'Refund backlog',
          situation: 'Refunds took nine days and support tickets piled up.',
          task: 'I owned the refund flow for the quarter.',
          action: 'I rewrote the ledger sync and paired with support on the edge cases.',
          result: 'Refunds fell from 9 days to 2 within six weeks.',
          lps: ['customer-obsession', 'ownership'],
          dataPoints: { team: { status: 'confirmed', value: { kind: 'team', size: 5, whose: 'candidate' }, phrase: null } },
        },
      },
    ],
  },
  attach: { ownerToken: 'q3LrV0x9b2m5Kc8T1fWzY4nJ7hA6sD0eG3uP5iR8oQk' },
  share: { shared: true },
  import: { format: 'markdown', text: '## Refund backlog\n\nLPs: Customer Obsession, Ownership\n\n### Result\n\nRefunds fell from 9 days to 2.\n' },
};
