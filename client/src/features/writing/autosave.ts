/**
 * The candidate's text autosave, without React or Socket.IO, on the scorecard's outbox and
 * rules: edits are applied locally at once, batched (a short debounce while typing, at most
 * 2 s behind), stored in the outbox before they are sent, sent one patch at a time in seq
 * order and dropped when acknowledged; after every (re)connect or reload the pending ones go
 * out again and the server applies each (clientId, seq) once. Each op sets a whole value, so
 * the last one the server applies wins; another tab's patch is applied here unless this tab
 * still has its own change of that value pending.
 *
 * Nothing typed is ever thrown away here: if the server refuses a change for good (the text
 * is over the size limit, or the deadline passed), the text stays on screen and in the
 * outbox's last entry, and `problem` says why it is not saved.
 */
import type { Ack } from '@mockloop/shared/api/errors';
import type { WritingExercise, WritingOp, WritingPatch, WritingPatchAck, WritingPatched } from '@mockloop/shared/writing/contract';
import type { Outbox, OpRules } from '../../scorecard/outbox';

export type SaveStatus = 'saving' | 'saved' | 'offline';

export interface WritingState {
  exercise: WritingExercise;
  text: string;
  chosenPromptId: string | null;
  status: SaveStatus;
  pending: number;
  /** Submitted or locked: no more edits are taken. */
  locked: boolean;
  problem: string | null;
  /** Text typed here that the server never stored before the text was locked, kept to be copied. */
  unsavedText: string | null;
}

export interface WritingTransport {
  isConnected(): boolean;
  send(patch: WritingPatch): Promise<Ack<WritingPatchAck>>;
}

const keyOf = (op: WritingOp) => op.op;
/** The outbox's rules for writing ops: one value each, a whole text fits one patch. */
export const WRITING_OPS: OpRules<WritingOp> = {
  key: keyOf,
  bytes: (ops) => new TextEncoder().encode(JSON.stringify(ops)).length,
  split: (op) => [op],
  replaceable: () => true,
  maxBytes: 60 * 1024,
};

const RETRY_CODES = new Set(['rate-limited', 'internal', 'unavailable', 'conflict']);

export class WritingAutosave {
  #state: WritingState;
  readonly #listeners = new Set<() => void>();
  readonly #outbox: Outbox<WritingOp>;
  readonly #transport: WritingTransport;
  readonly #debounceMs: number;
  readonly #maxWaitMs: number;
  #buffer = new Map<string, WritingOp>();
  #flushTimer: ReturnType<typeof setTimeout> | null = null;
  #firstBufferedAt: number | null = null;
  #inFlight: number | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #generation = 0;
  #baseVersion = 0;
  #keyVersions = new Map<string, number>();
  #savedWaiters: (() => void)[] = [];
  #disposed = false;

  constructor(exercise: WritingExercise, options: { outbox: Outbox<WritingOp>; transport: WritingTransport; debounceMs?: number; maxWaitMs?: number }) {
    this.#outbox = options.outbox;
    this.#transport = options.transport;
    this.#debounceMs = options.debounceMs ?? 400;
    this.#maxWaitMs = options.maxWaitMs ?? 2000;
    this.#state = { exercise, text: exercise.text ?? '', chosenPromptId: exercise.chosenPromptId, status: 'saved', pending: 0, locked: false, problem: null, unsavedText: null };
    this.open(exercise);
  }

  get clientId(): string {
    return this.#outbox.clientId;
  }

  getState = (): WritingState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The server's exercise (first open, every reconnect, after start or submit): ours on top. */
  open(exercise: WritingExercise): void {
    this.#baseVersion = Math.max(this.#baseVersion, exercise.version);
    const locked = exercise.status === 'submitted' || exercise.status === 'locked';
    const local = this.#localOps();
    const base = { text: exercise.text ?? '', chosenPromptId: exercise.chosenPromptId };
    // Once final, the stored text is what counts; local changes the server never took stay visible as a problem.
    const shown = locked ? base : local.reduce(applyOp, base);
    if (locked && local.length > 0) this.#update({ problem: unsavedProblem(exercise), unsavedText: local.reduce(applyOp, base).text });
    this.#update({ exercise, locked, ...shown });
    this.#refresh();
    this.#pump();
  }

  edit(op: WritingOp, { debounce = false }: { debounce?: boolean } = {}): void {
    if (this.#state.locked || this.#disposed) return;
    this.#buffer.set(keyOf(op), op);
    this.#update({ ...applyOp(this.#state, op), problem: null });
    if (!debounce) return this.flush();
    this.#refresh();
    this.#firstBufferedAt ??= Date.now();
    const wait = Math.min(this.#debounceMs, this.#firstBufferedAt + this.#maxWaitMs - Date.now());
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  flush(): void {
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
    this.#firstBufferedAt = null;
    if (this.#buffer.size > 0) {
      this.#outbox.add([...this.#buffer.values()]);
      this.#buffer.clear();
    }
    this.#refresh();
    this.#pump();
  }

  /** Another tab's patch. */
  applyRemote(fact: WritingPatched): void {
    if (fact.exerciseId !== this.#state.exercise.id || fact.clientId === this.clientId || fact.version <= this.#baseVersion) return;
    const mine = new Set(this.#localOps().map(keyOf));
    const ops = fact.ops.filter((op) => !mine.has(keyOf(op)) && fact.version > (this.#keyVersions.get(keyOf(op)) ?? 0));
    for (const op of fact.ops) this.#keyVersions.set(keyOf(op), Math.max(fact.version, this.#keyVersions.get(keyOf(op)) ?? 0));
    if (ops.length) this.#update(ops.reduce(applyOp, { text: this.#state.text, chosenPromptId: this.#state.chosenPromptId }));
  }

  connected(): void {
    this.#refresh();
    this.#pump();
  }

  disconnected(): void {
    this.#generation += 1;
    this.#inFlight = null;
    this.#refresh();
  }

  whenSaved(): Promise<void> {
    this.flush();
    if (this.#state.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#savedWaiters.push(resolve));
  }

  dispose(): void {
    this.flush();
    this.#disposed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#listeners.clear();
  }

  #pump(): void {
    if (this.#disposed || this.#inFlight !== null || !this.#transport.isConnected() || this.#state.locked) return;
    const next = this.#outbox.pending[0];
    if (!next) return;
    if (!next.sent) this.#outbox.markSent(next.seq);
    this.#inFlight = next.seq;
    const generation = this.#generation;
    const patch: WritingPatch = { exerciseId: this.#state.exercise.id, clientId: this.clientId, seq: next.seq, ops: next.ops };
    this.#transport.send(patch).then(
      (ack) => this.#answered(generation, next.seq, next.ops, ack),
      () => this.#answered(generation, next.seq, next.ops, null),
    );
  }

  #answered(generation: number, seq: number, ops: readonly WritingOp[], ack: Ack<WritingPatchAck> | null): void {
    if (this.#disposed) return;
    const current = generation === this.#generation;
    if (current) this.#inFlight = null;
    if (ack?.ok) {
      this.#outbox.remove(seq);
      for (const op of ops) this.#keyVersions.set(keyOf(op), Math.max(ack.data.version, this.#keyVersions.get(keyOf(op)) ?? 0));
    } else if (ack?.error.code === 'out-of-order') {
      const expected = (ack.error.details as { expectedSeq?: unknown } | undefined)?.expectedSeq;
      if (current && typeof expected === 'number' && expected < seq && this.#outbox.pending[0]?.seq === seq) this.#outbox.renumberFrom(expected);
    } else if (ack?.error.code === 'locked') {
      // The deadline or a submit from another tab: keep the text here, say it was not saved.
      this.#update({ locked: true, problem: `${ack.error.message} Your last changes stay on this page; copy them if you need them.`, unsavedText: this.#state.text });
      return this.#refresh();
    } else if (ack && !RETRY_CODES.has(ack.error.code)) {
      // Refused for good (over the size limit): the next edit sends the whole text again.
      this.#outbox.remove(seq);
      this.#update({ problem: `Not saved: ${ack.error.message}` });
    } else if (current) {
      this.#retryTimer = setTimeout(() => this.#pump(), 1500);
      return this.#refresh();
    }
    this.#refresh();
    if (current) this.#pump();
  }

  #localOps(): WritingOp[] {
    return [...this.#outbox.pending.flatMap((p) => p.ops), ...this.#buffer.values()];
  }

  #refresh(): void {
    const pending = this.#outbox.pending.length + this.#buffer.size;
    const status: SaveStatus = !this.#transport.isConnected() ? 'offline' : pending > 0 && !this.#state.locked ? 'saving' : 'saved';
    if (pending !== this.#state.pending || status !== this.#state.status) this.#update({ pending, status });
    if (pending === 0) {
      const waiters = this.#savedWaiters;
      this.#savedWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  #update(change: Partial<WritingState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}

type Doc = { text: string; chosenPromptId: string | null };

function applyOp<T extends Doc>(doc: T, op: WritingOp): T {
  return op.op === 'setText' ? { ...doc, text: op.value } : { ...doc, chosenPromptId: op.promptId };
}

function unsavedProblem(exercise: WritingExercise): string {
  return exercise.status === 'locked'
    ? 'The deadline passed before your last changes reached the server; the text was locked as last saved.'
    : 'The text was submitted from another tab before your last changes here were saved.';
}
