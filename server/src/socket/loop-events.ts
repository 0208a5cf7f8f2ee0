import type { LoopChanged } from '@mockloop/shared';
import { loopRoom, participantRoom } from '../domain/principal.js';
import type { MockLoopIo } from './gateway.js';

/** Facts the HTTP side tells live clients about; one place, so routes never touch rooms. */
export type LoopEvents = {
  changed(loopId: string, what: LoopChanged['what']): void;
  /** Drops the live sessions of a participant whose link was revoked or re-issued. */
  revokeSessions(participantId: string): void;
  /** Drops every live session of a deleted loop: its links are dead. */
  loopDeleted(loopId: string): void;
};

export function createLoopEvents(io: MockLoopIo): LoopEvents {
  return {
    changed: (loopId, what) => io.to(loopRoom(loopId)).emit('loop:changed', { loopId, what }),
    revokeSessions: (participantId) => io.in(participantRoom(participantId)).disconnectSockets(true),
    loopDeleted: (loopId) => io.in(loopRoom(loopId)).disconnectSockets(true),
  };
}
