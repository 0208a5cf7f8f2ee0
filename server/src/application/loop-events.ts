import type { LoopChanged } from '@mockloop/shared';
import { loopRoom, participantRoom } from '../domain/principal.js';
import { emitFact, type Fact, type FactsPort } from './facts.js';

/** "Something in this loop changed": clients refetch what the `what` names. */
export function loopChangedFact(loopId: string, what: LoopChanged['what']): Fact {
  return emitFact([loopRoom(loopId)], 'loop:changed', { loopId, what });
}

/** Facts the HTTP side tells live clients about; one place, so routes never touch rooms. */
export type LoopEvents = {
  changed(loopId: string, what: LoopChanged['what']): void;
  /** Drops the live sessions of a participant whose link was revoked or re-issued. */
  revokeSessions(participantId: string): void;
  /** Drops every live session of a deleted loop: its links are dead. */
  loopDeleted(loopId: string): void;
};

export function createLoopEvents(facts: FactsPort): LoopEvents {
  return {
    changed: (loopId, what) => facts.publish([loopChangedFact(loopId, what)]),
    revokeSessions: (participantId) => facts.publish([{ kind: 'disconnect', rooms: [participantRoom(participantId)] }]),
    loopDeleted: (loopId) => facts.publish([{ kind: 'disconnect', rooms: [loopRoom(loopId)] }]),
  };
}
