import { ANY_GROUP_LINK, GROUP_MEMBERS, GROUP_ROLES, type GroupRole, type GroupWorld } from './group-world.js';

/** Every group route as data: who may call it. The main matrix counts these rows as covering the routes. */
export type GroupHttpRow = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  allowed: GroupRole[];
  body?: (w: GroupWorld) => unknown;
  /** Calls change nothing a later caller in the same world would notice. */
  readOnly?: boolean;
};

const member = () => ({ name: 'Hana Lee', targetRole: 'software-development-engineer', timeZone: 'Asia/Tokyo', wantsToBeCandidate: true });

export const GROUP_HTTP_MATRIX: GroupHttpRow[] = [
  { method: 'POST', path: '/api/groups', allowed: [...GROUP_ROLES], readOnly: true, body: () => ({ name: 'New group', organizer: { name: 'Olive' }, members: [] }) },
  { method: 'GET', path: '/api/group-session', allowed: ANY_GROUP_LINK, readOnly: true },
  { method: 'GET', path: '/api/groups/:groupId', allowed: ['group-organizer'], readOnly: true },
  { method: 'POST', path: '/api/groups/:groupId/members', allowed: ['group-organizer'], body: member },
  { method: 'PATCH', path: '/api/groups/:groupId/members/:memberId', allowed: ['group-organizer'], body: () => ({ wantsToBeCandidate: false }) },
  { method: 'POST', path: '/api/groups/:groupId/members/:memberId/link', allowed: ['group-organizer'] },
  { method: 'DELETE', path: '/api/groups/:groupId/members/:memberId/link', allowed: ['group-organizer'] },
  { method: 'POST', path: '/api/groups/:groupId/series/plan', allowed: ['group-organizer'], readOnly: true, body: () => ({ roundsPerLoop: 5 }) },
  { method: 'POST', path: '/api/groups/:groupId/series/review', allowed: ['group-organizer'], readOnly: true, body: () => ({ roundsPerLoop: 5, loops: [] }) },
  {
    method: 'POST',
    path: '/api/groups/:groupId/series',
    allowed: ['group-organizer'],
    body: (w) => {
      const ids = w.group.members.slice(0, 6).map((m) => m.memberId);
      // Ada is the candidate; the five others interview her, the last as Bar Raiser.
      return { roundsPerLoop: 5, loops: [{ candidateId: ids[0], interviewerIds: ids.slice(1), barRaiserId: ids[5], startsAt: '2030-06-01T18:00', timeZone: 'Europe/Berlin' }] };
    },
  },
  { method: 'GET', path: '/api/groups/:groupId/me', allowed: GROUP_MEMBERS, readOnly: true },
  // A member keeps a story bank of their own, opened afterwards by its owner link only.
  { method: 'POST', path: '/api/groups/:groupId/me/bank', allowed: GROUP_MEMBERS },
  { method: 'PUT', path: '/api/groups/:groupId/me/availability', allowed: GROUP_MEMBERS, body: () => ({ timeZone: 'Europe/Berlin', slots: [{ startsAt: '2030-03-04T18:00', minutes: 120 }] }) },
  { method: 'POST', path: '/api/groups/:groupId/seats/:participantId/link', allowed: ['member-self'] },
  { method: 'GET', path: '/api/groups/:groupId/members/:memberId/history', allowed: ['group-organizer', ...GROUP_MEMBERS], readOnly: true },
  { method: 'GET', path: '/api/groups/:groupId/members/:memberId/calibration', allowed: ['group-organizer', 'member-self'], readOnly: true },
  { method: 'GET', path: '/api/groups/:groupId/reliability', allowed: ['group-organizer'], readOnly: true },
  { method: 'GET', path: '/api/groups/:groupId/calendar.ics', allowed: ['group-organizer', ...GROUP_MEMBERS], readOnly: true },
];
