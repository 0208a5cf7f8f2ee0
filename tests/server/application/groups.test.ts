import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeat } from '../../../server/src/application/group-home.js';
import { createGroupSeries, planGroupSeries } from '../../../server/src/application/group-series.js';
import { addMember, createGroup } from '../../../server/src/application/groups.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import type { GroupPrincipal } from '../../../server/src/domain/group-principal.js';
import { participantRoom } from '../../../server/src/domain/principal.js';
import { DomainError } from '../../../server/src/domain/errors.js';
import { fingerprint } from '../../helpers/db-fingerprint.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { groupRequest } from '../../helpers/group.js';
import { seatsOf } from '../../helpers/group-seats.js';

/** The group use cases with no Fastify: a real database, and the facts they return. */
const NOW = Date.parse('2026-03-02T15:00:00Z');

let testDb: TestDatabase;
let handle: DatabaseHandle;
let deps: { db: DatabaseHandle['db']; now: () => number };

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir });
  deps = { db: handle.db, now: () => NOW };
});
afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

const organizerOf = (groupId: string): GroupPrincipal => ({ kind: 'organizer', groupId, groupName: 'Club', memberId: null, name: 'Olive' });

describe('the group use cases', () => {
  it('create a series as ordinary loops; opening a seat ends its earlier sessions', async () => {
    const { result: group } = await createGroup(deps, { name: 'Club', organizer: { name: 'Olive' }, members: groupRequest(6).members!.map((m) => ({ ...m, wantsToBeCandidate: true })) });
    const { result: plan } = await planGroupSeries(deps, organizerOf(group.groupId), { roundsPerLoop: 5 });
    expect(plan.loops).toHaveLength(6);
    const { result: created, facts } = await createGroupSeries(deps, organizerOf(group.groupId), { roundsPerLoop: 5, loops: plan.loops.map((l) => ({ ...l, startsAt: '2026-03-10T18:00', timeZone: 'UTC' })) });
    expect(created.series).toBe(1);
    expect(created.loops).toHaveLength(6);
    expect(facts).toEqual([]); // nobody watches a loop that did not exist
    const ada = group.members[0]!;
    const member: GroupPrincipal = { kind: 'member', groupId: group.groupId, groupName: 'Club', memberId: ada.memberId, name: ada.name };
    const seat = (await seatsOf(handle.db, ada.memberId))[0]!;
    const opened = await openSeat(deps, member, seat);
    expect(opened.facts).toEqual([{ kind: 'disconnect', rooms: [participantRoom(seat)] }]);
    expect(opened.result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Another member's seat is not found, and nothing changes.
    const before = await fingerprint(handle.db);
    const ben: GroupPrincipal = { kind: 'member', groupId: group.groupId, groupName: 'Club', memberId: group.members[1]!.memberId, name: 'Ben' };
    await expect(openSeat(deps, ben, seat)).rejects.toThrow(DomainError);
    expect(await fingerprint(handle.db)).toEqual(before);
  });

  it('refuse a thirteenth member inside the writing transaction', async () => {
    const { result: group } = await createGroup(deps, { name: 'Full', organizer: { name: 'Olive' }, members: Array.from({ length: 12 }, (_, i) => ({ name: `M${i}`, targetRole: 'other' as const, timeZone: 'UTC', wantsToBeCandidate: true })) });
    await expect(addMember(deps, organizerOf(group.groupId), { name: 'One more', targetRole: 'other', timeZone: 'UTC', wantsToBeCandidate: true })).rejects.toMatchObject({ code: 'conflict' });
  });
});
