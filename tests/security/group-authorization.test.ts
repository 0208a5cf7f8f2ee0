import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '@mockloop/shared';
import { api } from '../helpers/api.js';
import { fingerprint, IGNORE_PRESENCE } from '../helpers/db-fingerprint.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients } from '../helpers/socket.js';
import { GROUP_HTTP_MATRIX, type GroupHttpRow } from './group-matrix.js';
import { createGroupWorld, GROUP_ROLES, type GroupRole, type GroupWorld } from './group-world.js';

/**
 * Every group route called as every group role. Allowed: the call succeeds. Refused: 401
 * without a live group link, 404 for a link of another group, 403/404 for anyone else; the
 * error has the documented shape, holds no token, and the database is exactly as before.
 */

let server: TestServer;
const checked = { calls: 0 };

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllClients();
  await server.close();
  console.info(`group authorisation matrix: ${checked.calls} (role, route) pairs checked`);
});

const fill = (path: string, w: GroupWorld) => path.replace(':groupId', w.groupId).replace(':memberId', w.memberId).replace(':participantId', w.seatId);
const call = (row: GroupHttpRow, role: GroupRole, w: GroupWorld) => api(server.url, fill(row.path, w), { method: row.method, token: w.tokens[role], body: row.body?.(w) });
const snapshot = () => fingerprint(server.app.database.db, IGNORE_PRESENCE);

function expectRefusal(row: GroupHttpRow, role: GroupRole, w: GroupWorld, response: Awaited<ReturnType<typeof call>>) {
  const context = `${row.method} ${row.path} as ${role}`;
  const anotherGroup = role === 'organizer-of-another-group' || role === 'member-of-another-group';
  const expected = role === 'no-token' || role === 'revoked-member' || role === 'loop-token' ? [401] : anotherGroup ? [404] : [403, 404];
  expect(expected, `${context}: got ${response.status} ${response.text.slice(0, 200)}`).toContain(response.status);
  expect(ApiErrorBody.safeParse(response.body).success, `${context}: error shape`).toBe(true);
  for (const secret of w.secrets) expect(response.text.includes(secret), `${context} leaks a token`).toBe(false);
  checked.calls++;
}

describe('group routes, as each role', () => {
  for (const row of GROUP_HTTP_MATRIX) {
    const refused = GROUP_ROLES.filter((r) => !row.allowed.includes(r));
    it(`${row.method} ${row.path}: ${refused.length === 0 ? 'anyone' : `only ${row.allowed.join(', ')}`}`, async () => {
      const w = await createGroupWorld(server.url);
      const before = await snapshot();
      for (const role of refused) expectRefusal(row, role, w, await call(row, role, w));
      expect(await snapshot(), `${row.method} ${row.path}: refused calls changed the database`).toEqual(before);
      for (const [index, role] of row.allowed.entries()) {
        const world = row.readOnly || index === 0 ? w : await createGroupWorld(server.url);
        const response = await call(row, role, world);
        expect(response.status, `${row.method} ${row.path} as ${role}: ${response.text.slice(0, 300)}`).toBeLessThan(400);
        if (role === 'organizer-of-another-group' || role === 'member-of-another-group') expect(response.text).not.toContain(world.groupId);
        checked.calls++;
      }
    });
  }
});
