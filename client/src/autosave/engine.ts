/**
 * Autosave of one document, without React or Socket.IO, the same for every kind (a scorecard,
 * the writing exercise): edits become ops applied to the local draft at once, are batched (a
 * short debounce while typing, at most `maxWaitMs` behind), stored in the outbox before they
 * are sent, sent one patch at a time in seq order and dropped when acknowledged. After every
 * (re)connect the page re-opens the document and the pending patches go out again; the server
 * applies each (clientId, seq) once, so a replay is harmless.
 *
 * Conflict rule (shared with the server): per field, the last op the server applies wins. A
 * remote op (another tab's) is applied here unless this tab still has a pending op on the same
 * field: ours will land after it and win on the server too.
 */
import type { Ack } from '@mockloop/shared/api/errors';
import type { Outbox, OpRules } from './outbox';

export type SaveStatus = 'saving' | 'saved' | 'offline';

/** The types one document kind brings: the server's document, its editable draft, its ops, and its patch and patched fact on the wire. */
export interface AutosaveTypes {
  doc: unknown;
  draft: unknown;
  op: unknown;
  patch: unknown;
  fact: unknown;
}

/** Another tab's patch, as the server published it. */
export type RemotePatch<Op> = { documentId: string; clientId: string; version: number; ops: readonly Op[] };

/** What the engine needs to know of a kind of document. */
export interface AutosaveKind<T extends AutosaveTypes> {
  ops: OpRules<T['op']>;
  /** How long an edit marked `debounce` (typing) waits for a pause. */
  debounceMs: number;
  id(doc: T['doc']): string;
  version(doc: T['doc']): number;
  /** Final (submitted, or locked by a deadline): no more edits are taken or sent. */
  isLocked(doc: T['doc']): boolean;
  draftOf(doc: T['doc']): T['draft'];
  apply(draft: T['draft'], ops: readonly T['op'][]): T['draft'];
  patch(documentId: string, clientId: string, seq: number, ops: T['op'][]): T['patch'];
  fact(fact: T['fact']): RemotePatch<T['op']>;
  /**
   * Changes typed here that the server never stored when the document turned final: `drop`
   * discards them; `keep` leaves them on the page as `unsaved` (and in the outbox) to be copied.
   */
  unsavedWhenLocked: 'drop' | 'keep';
  words: {
    /** The server refused a change for good (e.g. over a size limit). */
    refused(message: string): string;
    /** Changes were pending when the document turned final: found by a patch refused as `locked` (the server's message), or by a re-open (null). */
    locked(message: string | null, doc: T['doc']): string | null;
  };
}

export interface AutosaveState<T extends AutosaveTypes> {
  /** The server's document as last opened. */
  document: T['doc'];
  /** The draft as this tab shows it: the server's, plus everything typed here not yet acknowledged. */
  draft: T['draft'];
  status: SaveStatus;
  /** Changes typed here that the server has not acknowledged. */
  pending: number;
  locked: boolean;
  /** A change the server refused, in words for the person. */
  problem: string | null;
  /** What was typed here but never stored before the document turned final (`keep` kinds). */
  unsaved: T['draft'] | null;
}

/** How patches reach the server; `send` rejects when offline or when no answer comes in time. */
export interface PatchTransport<Patch> {
  isConnected(): boolean;
  send(patch: Patch): Promise<Ack<{ version: number }>>;
}

export type AutosaveOptions<T extends AutosaveTypes> = {
  outbox: Outbox<T['op']>;
  transport: PatchTransport<T['patch']>;
  debounceMs?: number;
  /** Longest a change waits while someone keeps typing. */
  maxWaitMs?: number;
  retryMs?: number;
};

/** Codes after which the same patch is sent again later; any other refusal is for good. */
const RETRY_CODES = new Set(['rate-limited', 'internal', 'unavailable', 'conflict']);

export class Autosave<T extends AutosaveTypes> {
  #state: AutosaveState<T>;
  readonly #kind: AutosaveKind<T>;
  readonly #listeners = new Set<() => void>();
  readonly #outbox: Outbox<T['op']>;
  readonly #transport: PatchTransport<T['patch']>;
  readonly #debounceMs: number;
  readonly #maxWaitMs: number;
  readonly #retryMs: number;
  /** Ops typed but not yet in a patch, by field key (in the order fields were last touched). */
  #buffer = new Map<string, T['op']>();
  #flushTimer: ReturnType<typeof setTimeout> | null = null;
  #firstBufferedAt: number | null = null;
  #inFlight: number | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped on every disconnect, so answers from an old connection cannot start a second send loop. */
  #generation = 0;
  /** The server version that already includes each field's last change from here or elsewhere. */
  #fieldVersions = new Map<string, number>();
  #baseVersion = 0;
  #savedWaiters: (() => void)[] = [];
  #disposed = false;

  constructor(kind: AutosaveKind<T>, doc: T['doc'], options: AutosaveOptions<T>) {
    this.#kind = kind;
    this.#outbox = options.outbox;
    this.#transport = options.transport;
    this.#debounceMs = options.debounceMs ?? kind.debounceMs;
    this.#maxWaitMs = options.maxWaitMs ?? 2000;
    this.#retryMs = options.retryMs ?? 1500;
    this.#state = { document: doc, draft: kind.draftOf(doc), status: 'saved', pending: 0, locked: false, problem: null, unsaved: null };
    this.open(doc);
  }

  get clientId(): string {
    return this.#outbox.clientId;
  }

  get documentId(): string {
    return this.#kind.id(this.#state.document);
  }

  getState = (): AutosaveState<T> => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The server's document (first open, after a reconnect, after a command): start from it, then put our pending edits back on top. */
  open(doc: T['doc']): void {
    const kind = this.#kind;
    this.#baseVersion = Math.max(this.#baseVersion, kind.version(doc));
    const locked = kind.isLocked(doc);
    const base = kind.draftOf(doc);
    const local = this.#localOps();
    if (locked && local.length > 0) {
      const problem = kind.words.locked(null, doc);
      if (kind.unsavedWhenLocked === 'keep') this.#update({ problem, unsaved: kind.apply(base, local) });
      else this.#drop(problem);
    }
    // Once final, the stored draft is what counts.
    this.#update({ document: doc, locked, draft: locked ? base : kind.apply(base, local) });
    this.#refresh();
    this.#pump();
  }

  /**
   * One edit from the page. Typing (`debounce`) waits for a pause; anything else (a rating, a
   * vote, a new story) goes out at once, taking buffered typing with it.
   */
  edit(op: T['op'], { debounce = false }: { debounce?: boolean } = {}): void {
    if (this.#state.locked || this.#disposed) return;
    const key = this.#kind.ops.key(op);
    // Re-inserted, so the buffer keeps the order fields were last touched in.
    this.#buffer.delete(key);
    this.#buffer.set(key, op);
    this.#update({ draft: this.#kind.apply(this.#state.draft, [op]), problem: null });
    if (!debounce) return this.flush();
    this.#refresh();
    this.#firstBufferedAt ??= Date.now();
    const wait = Math.min(this.#debounceMs, this.#firstBufferedAt + this.#maxWaitMs - Date.now());
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  /** Moves buffered edits into the outbox (storage first) and starts sending. */
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
  applyRemote(wire: T['fact']): void {
    const fact = this.#kind.fact(wire);
    if (fact.documentId !== this.documentId || fact.clientId === this.clientId) return;
    if (fact.version <= this.#baseVersion) return; // already in the draft we opened
    const key = this.#kind.ops.key;
    const mine = new Set(this.#localOps().map(key));
    const ops = fact.ops.filter((op) => !mine.has(key(op)) && fact.version > (this.#fieldVersions.get(key(op)) ?? 0));
    this.#stored(fact.ops, fact.version);
    if (ops.length > 0) this.#update({ draft: this.#kind.apply(this.#state.draft, ops) });
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

  /** Resolves once everything typed here is acknowledged (flushing first). */
  whenSaved(): Promise<void> {
    this.flush();
    if (this.#state.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#savedWaiters.push(resolve));
  }

  /** The page is going away: put everything in storage now. */
  dispose(): void {
    this.flush();
    this.#disposed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#listeners.clear();
  }

  #pump(): void {
    if (this.#disposed || this.#inFlight !== null || this.#state.locked || !this.#transport.isConnected()) return;
    const next = this.#outbox.pending[0];
    if (!next) return;
    if (!next.sent) this.#outbox.markSent(next.seq);
    this.#inFlight = next.seq;
    const generation = this.#generation;
    const patch = this.#kind.patch(this.documentId, this.clientId, next.seq, next.ops);
    this.#transport.send(patch).then(
      (ack) => this.#answered(generation, next.seq, next.ops, ack),
      () => this.#answered(generation, next.seq, next.ops, null),
    );
  }

  #answered(generation: number, seq: number, ops: readonly T['op'][], ack: Ack<{ version: number }> | null): void {
    if (this.#disposed) return;
    const current = generation === this.#generation;
    if (current) this.#inFlight = null;
    if (ack?.ok) {
      this.#outbox.remove(seq);
      this.#stored(ops, ack.data.version);
    } else if (ack?.error.code === 'out-of-order') {
      // An earlier patch of ours was refused for good (so never applied): resend from the seq the server expects.
      const expected = (ack.error.details as { expectedSeq?: unknown } | undefined)?.expectedSeq;
      if (current && typeof expected === 'number' && expected < seq && this.#outbox.pending[0]?.seq === seq) this.#outbox.renumberFrom(expected);
      else if (current) return this.#retryLater();
    } else if (ack?.error.code === 'locked') {
      // Final already (submitted from another tab, a deadline): nothing more will be taken.
      const problem = this.#kind.words.locked(ack.error.message, this.#state.document);
      if (this.#kind.unsavedWhenLocked === 'keep') this.#update({ locked: true, problem, unsaved: this.#state.draft });
      else {
        this.#drop(problem);
        this.#update({ locked: true });
      }
    } else if (ack && !RETRY_CODES.has(ack.error.code)) {
      // Refused for good: waiting would block every later change.
      this.#outbox.remove(seq);
      this.#update({ problem: this.#kind.words.refused(ack.error.message) });
    } else if (current) return this.#retryLater();
    this.#refresh();
    if (current) this.#pump();
  }

  #retryLater(): void {
    this.#retryTimer = setTimeout(() => this.#pump(), this.#retryMs);
    this.#refresh();
  }

  /** The server holds these ops at `version` (ours acknowledged, or another tab's published). */
  #stored(ops: readonly T['op'][], version: number): void {
    for (const op of ops) {
      const key = this.#kind.ops.key(op);
      this.#fieldVersions.set(key, Math.max(version, this.#fieldVersions.get(key) ?? 0));
    }
  }

  #drop(problem: string | null): void {
    this.#buffer.clear();
    this.#outbox.clear();
    if (problem) this.#update({ problem });
    this.#refresh();
  }

  #localOps(): T['op'][] {
    return [...this.#outbox.pending.flatMap((p) => p.ops), ...this.#buffer.values()];
  }

  #refresh(): void {
    const pending = this.#outbox.pending.reduce((n, p) => n + p.ops.length, 0) + this.#buffer.size;
    const status: SaveStatus = !this.#transport.isConnected() ? 'offline' : pending > 0 && !this.#state.locked ? 'saving' : 'saved';
    if (pending !== this.#state.pending || status !== this.#state.status) this.#update({ pending, status });
    if (pending === 0) {
      const waiters = this.#savedWaiters;
      this.#savedWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  #update(change: Partial<AutosaveState<T>>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}
