/** Shown in the OpenAPI document: valid group request bodies. */
const ada = '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9';
const others = ['2c3d4e5f-6071-4829-93a4-b5c6d7e8f9a0', '3d4e5f60-7182-4930-a4b5-c6d7e8f9a0b1', '4e5f6071-8293-4a41-b5c6-d7e8f9a0b1c2', '5f607182-93a4-4b52-86d7-e8f9a0b1c2d3', '60718293-a4b5-4c63-97e8-f9a0b1c2d3e4'];

export const exampleMember = { name: 'Hana Lee', targetRole: 'software-development-engineer', timeZone: 'Asia/Tokyo', wantsToBeCandidate: true };
export const exampleMemberEdit = { wantsToBeCandidate: false };
export const examplePlan = { roundsPerLoop: 5, seed: 7 };
const loop = { candidateId: ada, interviewerIds: others, barRaiserId: others[4]! };
export const exampleReview = { roundsPerLoop: 5, loops: [loop] };
export const exampleSeries = { roundsPerLoop: 5, meetingUrl: 'https://meet.example.org/club', loops: [{ ...loop, startsAt: '2026-12-05T18:00', timeZone: 'Europe/Berlin' }] };
export const exampleAvailability = { timeZone: 'Europe/Berlin', slots: [{ startsAt: '2026-12-05T18:00', minutes: 360 }] };
