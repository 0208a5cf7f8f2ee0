import type { PromptKind, WritingExercise, WritingSetupRequest } from '@mockloop/shared/writing/contract';
import { WritingSetupRequest as SetupSchema } from '@mockloop/shared/writing/contract';
import { PROMPT_BANK } from '@mockloop/shared/writing/prompts';

/** One of the two prompt slots: a bank prompt, or the organizer's own words. */
export type PromptSlot = { source: 'bank' | 'own'; bankId: string; kind: PromptKind; title: string; text: string };

export type SetupForm = {
  prompts: [PromptSlot, PromptSlot];
  mode: 'take-home' | 'timed';
  dueAt: string;
  durationMinutes: number;
  unit: 'words' | 'pages';
  value: number;
  reviewerIds: string[];
};

/** Field errors keyed by the request's path, e.g. `prompts.1.custom.text`. */
export type SetupErrors = Record<string, string>;

const isBank = (id: string) => PROMPT_BANK.some((p) => p.id === id);

function slotFrom(prompt: WritingExercise['prompts'][number] | undefined, fallbackId: string): PromptSlot {
  if (!prompt) return { source: 'bank', bankId: fallbackId, kind: 'narrative', title: '', text: '' };
  // The server names the organizer's own prompts `custom-1`/`custom-2`; bank ids are the bank's.
  if (isBank(prompt.id)) return { source: 'bank', bankId: prompt.id, kind: prompt.kind, title: '', text: '' };
  return { source: 'own', bankId: fallbackId, kind: prompt.kind, title: prompt.title, text: prompt.text };
}

/** The form as the current exercise (if any) left it; new exercises start with a narrative and a PR/FAQ. */
export function initialForm(current: WritingExercise | null, interviewerIds: string[]): SetupForm {
  return {
    prompts: [slotFrom(current?.prompts[0], PROMPT_BANK[2]!.id), slotFrom(current?.prompts[1], PROMPT_BANK[0]!.id)],
    mode: current?.mode ?? 'take-home',
    dueAt: current?.dueAt ? current.dueAt.slice(0, 16) : '',
    durationMinutes: current?.durationMinutes ?? 60,
    unit: current?.lengthLimit.unit ?? 'pages',
    value: current?.lengthLimit.value ?? 2,
    reviewerIds: current?.reviewers.map((r) => r.participantId) ?? interviewerIds.slice(0, 2),
  };
}

function toRequest(form: SetupForm): unknown {
  const choice = (slot: PromptSlot) => (slot.source === 'own' ? { custom: { kind: slot.kind, title: slot.title, text: slot.text } } : { bankId: slot.bankId });
  return {
    prompts: form.prompts.map(choice),
    mode: form.mode === 'timed' ? { type: 'timed', durationMinutes: form.durationMinutes } : { type: 'take-home', dueAt: form.dueAt ? new Date(form.dueAt).toISOString() : '' },
    lengthLimit: { unit: form.unit, value: form.value },
    reviewerIds: form.reviewerIds,
  };
}

/**
 * The request the form describes, checked by the same zod schema the server parses with, so
 * the organizer reads the server's own rule beside the field before anything is sent.
 */
export function parseSetup(form: SetupForm): { ok: true; request: WritingSetupRequest } | { ok: false; errors: SetupErrors } {
  const parsed = SetupSchema.safeParse(toRequest(form));
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: SetupErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= issue.code === 'invalid_format' && key === 'mode.dueAt' ? 'choose a due time' : issue.message;
  }
  return { ok: false, errors };
}
