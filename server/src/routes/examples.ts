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
