import type { DebriefPhase } from '@mockloop/shared';
import { DomainError } from '../errors.js';

/** The order every debrief follows; `decided` and `published` follow from the decision and publishing. */
export const PHASE_ORDER = ['read', 'revote', 'discuss', 'decide'] as const satisfies readonly DebriefPhase[];

const LABEL: Record<DebriefPhase, string> = { read: 'read', revote: 're-vote', discuss: 'discuss', decide: 'decide', decided: 'decided', published: 'published' };

/** Refuses a phase move unless it is the next step (read -> re-vote -> discuss -> decide). */
export function checkPhaseMove(current: DebriefPhase, target: DebriefPhase): void {
  if (current === 'decided' || current === 'published') throw new DomainError('invalid-transition', 'The decision is already made.');
  const next = PHASE_ORDER[PHASE_ORDER.indexOf(current as (typeof PHASE_ORDER)[number]) + 1];
  if (target === next) return;
  throw new DomainError(
    'invalid-transition',
    next
      ? `The debrief goes read, re-vote, discuss, decide; it is in ${LABEL[current]}, so the next step is ${LABEL[next]}.`
      : `The debrief is in the decide phase: record the decision next.`,
  );
}

/** A decision is recorded in the decide phase, once. */
export function checkDecision(current: DebriefPhase): void {
  if (current === 'decided' || current === 'published') throw new DomainError('invalid-transition', 'The decision is already made.');
  if (current !== 'decide') throw new DomainError('invalid-transition', 'Move the debrief to the decide phase before recording the decision.');
}

/** Publishing follows the decision, once. */
export function checkPublish(current: DebriefPhase): void {
  if (current === 'published') throw new DomainError('conflict', 'The feedback is already published.');
  if (current !== 'decided') throw new DomainError('invalid-transition', 'Record the decision before publishing.');
}
