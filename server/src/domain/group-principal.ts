/** Who is asking about a group: its organizer, or one of its members, by their link. */
export type GroupPrincipal =
  | { kind: 'organizer'; groupId: string; groupName: string; memberId: null; name: string }
  | { kind: 'member'; groupId: string; groupName: string; memberId: string; name: string };

/** Whether the caller may read this member's private pages (calibration, vote counts). */
export function seesPrivateOf(principal: GroupPrincipal, memberId: string): boolean {
  return principal.kind === 'organizer' || principal.memberId === memberId;
}
