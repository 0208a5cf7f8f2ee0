/**
 * The candidate's text as an autosaved document (see `autosave/engine.ts`): the draft is the
 * text and the chosen prompt, each op sets one of them whole, typing is sent after a 400 ms
 * pause, and a whole text fits one patch.
 *
 * Nothing typed is ever thrown away here: if the text turns final (the deadline, a submit from
 * another tab) before the last changes were stored, they stay on the page as `unsaved` (and in
 * the outbox) for the candidate to copy, and `problem` says why they are not saved.
 */
import type { WritingExercise, WritingOp, WritingPatch, WritingPatched } from '@mockloop/shared/writing/contract';
import type { Autosave, AutosaveKind, AutosaveState } from '../../autosave/engine';

type WritingDraft = { text: string; chosenPromptId: string | null };
export type WritingTypes = { doc: WritingExercise; draft: WritingDraft; op: WritingOp; patch: WritingPatch; fact: WritingPatched };
export type WritingAutosave = Autosave<WritingTypes>;
export type WritingState = AutosaveState<WritingTypes>;

const applyOp = (draft: WritingDraft, op: WritingOp): WritingDraft => (op.op === 'setText' ? { ...draft, text: op.value } : { ...draft, chosenPromptId: op.promptId });

export const WRITING: AutosaveKind<WritingTypes> = {
  ops: {
    key: (op) => op.op,
    bytes: (ops) => new TextEncoder().encode(JSON.stringify(ops)).length,
    split: (op) => [op],
    replaceable: () => true,
    maxOps: 4,
    maxBytes: 60 * 1024,
  },
  debounceMs: 400,
  id: (exercise) => exercise.id,
  version: (exercise) => exercise.version,
  isLocked: (exercise) => exercise.status === 'submitted' || exercise.status === 'locked',
  draftOf: (exercise) => ({ text: exercise.text ?? '', chosenPromptId: exercise.chosenPromptId }),
  apply: (draft, ops) => ops.reduce(applyOp, draft),
  patch: (exerciseId, clientId, seq, ops) => ({ exerciseId, clientId, seq, ops }),
  fact: (fact) => ({ documentId: fact.exerciseId, clientId: fact.clientId, version: fact.version, ops: fact.ops }),
  unsavedWhenLocked: 'keep',
  words: {
    refused: (message) => `Not saved: ${message}`,
    locked: (message, exercise) =>
      message !== null
        ? `${message} Your last changes stay on this page; copy them if you need them.`
        : exercise.status === 'locked'
          ? 'The deadline passed before your last changes reached the server; the text was locked as last saved.'
          : 'The text was submitted from another tab before your last changes here were saved.',
  },
};
