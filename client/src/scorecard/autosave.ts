/**
 * The scorecard as an autosaved document (see `autosave/engine.ts`): its patch ops applied with
 * `applyPatchOps`, typing sent after a 300 ms pause, at most 50 ops and the socket's byte
 * limit per patch. Once submitted, changes the server never stored are dropped, with a line
 * saying so when a patch was refused as already submitted.
 */
import type { Scorecard, ScorecardDraft } from '@mockloop/shared/scorecard/draft';
import type { PatchOp, ScorecardPatch } from '@mockloop/shared/scorecard/patch';
import { applyPatchOps, MAX_PATCH_BYTES, opFieldKey, patchBytes, splitOversizedOp, type ScorecardPatched } from '@mockloop/shared/scorecard/patch-ops';
import type { Autosave, AutosaveKind, AutosaveState } from '../autosave/engine';

export type ScorecardTypes = { doc: Scorecard; draft: ScorecardDraft; op: PatchOp; patch: ScorecardPatch; fact: ScorecardPatched };
export type ScorecardAutosave = Autosave<ScorecardTypes>;
export type ScorecardState = AutosaveState<ScorecardTypes>;

export const SCORECARD: AutosaveKind<ScorecardTypes> = {
  ops: {
    key: opFieldKey,
    bytes: patchBytes,
    split: splitOversizedOp,
    replaceable: (op) => op.op !== 'addStory' && op.op !== 'removeStory',
    maxOps: 50,
    maxBytes: MAX_PATCH_BYTES,
  },
  debounceMs: 300,
  id: (card) => card.id,
  version: (card) => card.version,
  isLocked: (card) => card.status === 'submitted',
  draftOf: (card) => card.draft,
  apply: applyPatchOps,
  patch: (scorecardId, clientId, seq, ops) => ({ scorecardId, clientId, seq, ops }),
  fact: (fact) => ({ documentId: fact.scorecardId, clientId: fact.clientId, version: fact.version, ops: fact.ops }),
  unsavedWhenLocked: 'drop',
  words: {
    refused: (message) => `A change could not be saved: ${message}`,
    locked: (message) => (message === null ? null : 'This scorecard was already submitted, so later changes were not saved.'),
  },
};
