import { and, asc, eq, isNull, max } from 'drizzle-orm';
import type { GroupMemberInput, UpdateMemberRequest } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { groupMembers, groups } from '../db/schema.js';

/** Groups, their members and the hashes of their links. */

type Executor = Pick<Database, 'select' | 'insert' | 'update'>;
export type GroupRow = typeof groups.$inferSelect;
export type MemberRow = typeof groupMembers.$inferSelect;

export async function insertGroup(db: Executor, group: { name: string; organizerName: string; organizerTokenHash: string }): Promise<string> {
  const [row] = await db.insert(groups).values(group).returning({ id: groups.id });
  return row!.id;
}

/** Adds members after the last one; returns their rows in the given order. */
export async function insertMembers(db: Executor, groupId: string, members: readonly (GroupMemberInput & { tokenHash: string })[]): Promise<MemberRow[]> {
  if (members.length === 0) return [];
  const [last] = await db.select({ at: max(groupMembers.position) }).from(groupMembers).where(eq(groupMembers.groupId, groupId));
  const start = (last?.at ?? 0) + 1;
  const rows = await db
    .insert(groupMembers)
    .values(members.map((m, i) => ({ groupId, position: start + i, name: m.name, targetRole: m.targetRole, timeZone: m.timeZone, wantsToBeCandidate: m.wantsToBeCandidate, tokenHash: m.tokenHash })))
    .returning();
  return rows.sort((a, b) => a.position - b.position);
}

export async function countMembers(db: Executor, groupId: string): Promise<number> {
  return (await db.select({ id: groupMembers.id }).from(groupMembers).where(eq(groupMembers.groupId, groupId))).length;
}

export async function loadGroup(db: Database, groupId: string): Promise<{ group: GroupRow; members: MemberRow[] } | null> {
  const [group] = await db.select().from(groups).where(eq(groups.id, groupId));
  if (!group) return null;
  const members = await db.select().from(groupMembers).where(eq(groupMembers.groupId, groupId)).orderBy(asc(groupMembers.position));
  return { group, members };
}

export async function findGroupByOrganizerHash(db: Database, tokenHash: string): Promise<GroupRow | null> {
  const [row] = await db.select().from(groups).where(eq(groups.organizerTokenHash, tokenHash));
  return row ?? null;
}

/** The member a member link belongs to, unless it was revoked. */
export async function findMemberByHash(db: Database, tokenHash: string): Promise<(MemberRow & { groupName: string }) | null> {
  const [row] = await db
    .select({ member: groupMembers, groupName: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.tokenHash, tokenHash), isNull(groupMembers.revokedAt)));
  return row ? { ...row.member, groupName: row.groupName } : null;
}

export async function updateMember(db: Executor, groupId: string, memberId: string, change: UpdateMemberRequest): Promise<MemberRow | null> {
  if (Object.keys(change).length === 0) {
    const [row] = await db.select().from(groupMembers).where(and(eq(groupMembers.id, memberId), eq(groupMembers.groupId, groupId)));
    return row ?? null;
  }
  const [row] = await db.update(groupMembers).set(change).where(and(eq(groupMembers.id, memberId), eq(groupMembers.groupId, groupId))).returning();
  return row ?? null;
}

/** A new member link (the old one dies at once); null when the member is not in this group. */
export async function replaceMemberToken(db: Executor, groupId: string, memberId: string, tokenHash: string, at: Date): Promise<MemberRow | null> {
  const [row] = await db
    .update(groupMembers)
    .set({ tokenHash, tokenIssuedAt: at, revokedAt: null })
    .where(and(eq(groupMembers.id, memberId), eq(groupMembers.groupId, groupId)))
    .returning();
  return row ?? null;
}

export async function revokeMemberToken(db: Executor, groupId: string, memberId: string, at: Date): Promise<boolean> {
  const updated = await db
    .update(groupMembers)
    .set({ revokedAt: at })
    .where(and(eq(groupMembers.id, memberId), eq(groupMembers.groupId, groupId)))
    .returning({ id: groupMembers.id });
  return updated.length > 0;
}
