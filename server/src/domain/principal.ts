import type { ParticipantRole } from '@mockloop/shared';

/** Who is asking: the participant behind a valid invite token. */
export type Principal = {
  participantId: string;
  loopId: string;
  role: ParticipantRole;
  name: string;
  roundId: string | null;
  isBarRaiser: boolean;
};

export function principalOf(row: {
  id: string;
  loopId: string;
  role: string;
  name: string;
  roundId: string | null;
  isBarRaiser: boolean;
}): Principal {
  return {
    participantId: row.id,
    loopId: row.loopId,
    role: row.role as ParticipantRole,
    name: row.name,
    roundId: row.roundId,
    isBarRaiser: row.isBarRaiser,
  };
}

/** The Socket.IO rooms a participant's sockets join; broadcasts target these. */
export function roomsFor(principal: Principal): string[] {
  const rooms = [loopRoom(principal.loopId), roleRoom(principal.loopId, principal.role), participantRoom(principal.participantId)];
  if (principal.roundId) rooms.push(roundRoom(principal.roundId));
  return rooms;
}

export const loopRoom = (loopId: string) => `loop:${loopId}`;
export const roleRoom = (loopId: string, role: ParticipantRole) => `loop:${loopId}:${role}`;
export const roundRoom = (roundId: string) => `round:${roundId}`;
export const participantRoom = (participantId: string) => `participant:${participantId}`;
