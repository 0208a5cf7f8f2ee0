import type { LoopChanged } from '@mockloop/shared';
import { loopRoom } from '../domain/principal.js';
import { emitFact, type Fact } from './facts.js';

/** "Something in this loop changed": clients refetch what the `what` names. */
export function loopChangedFact(loopId: string, what: LoopChanged['what']): Fact {
  return emitFact([loopRoom(loopId)], 'loop:changed', { loopId, what });
}
