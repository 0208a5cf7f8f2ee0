/**
 * Scorecard autosave, without React or Socket.IO: edits become patch ops applied to the local
 * draft at once, are batched (a short debounce, text fields sending their whole value), stored
 * in the outbox before they are sent, sent one at a time in order and dropped when acknowledged.
 * After every (re)connect the page re-opens the scorecard and the pending patches go out again;
 * the server applies each (clientId, seq) once, so a replay is harmless.
 *
 * Conflict rule (shared with the server): per field, the last op the server applies wins. A
 * remote op (another tab's) is applied here unless we still have a pending op on the same
 * field (`opFieldKey`): ours will land after it and win on the server too.
 */
import { applyPatchOps, opFieldKey, type Ack, type PatchAck, type PatchOp, type Scorecard, type ScorecardDraft, type ScorecardPatch, type ScorecardPatched } from '@mockloop/shared';
import type { Outbox } from './outbox';

export type SaveStatus = 'saving' | 'saved' | 'offline';

export interface AutosaveState {
  card: Scorecard;
  /** The draft as this tab shows it: the server's, plus everything typed here not yet acknowledged. */
  draft: ScorecardDraft;
  status: SaveStatus;
  /** Changes typed here that the server has not acknowledged. */
  pending: number;
  locked: boolean;
  /** A change the server refused for good, in words for the person. */
  problem: string | null;
}

/** How patches reach the server; `send` rejects when offline or when no answer comes in time. */
export interface PatchTransport {
  isConnected(): boolean;
  send(patch: ScorecardPatch): Promise<Ack<PatchAck>>;
}

type AutosaveOptions = {
  outbox: Outbox;
  transport: PatchTransport;
  debounceMs?: number;
  /** Longest a change waits while someone keeps typing. */
  maxWaitMs?: number;
  retryMs?: number;
};

const RETRY_CODES = new Set(['rate-limited', 'internal', 'unavailable', 'conflict']);

export class ScorecardAutosave {
  #state: AutosaveState;
  readonly #listeners = new Set<() => void>();
  readonly #outbox: Outbox;
  readonly #transport: PatchTransport;
  readonly #debounceMs: number;
  readonly #maxWaitMs: number;
  readonly #retryMs: number;
  /** Ops typed but not yet in a patch, by field key (insertion order kept). */
  #buffer = new Map<string, PatchOp>();
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

  constructor(card: Scorecard, options: AutosaveOptions) {
    this.#outbox = options.outbox;
    this.#transport = options.transport;
    this.#debounceMs = options.debounceMs ?? 300;
    this.#maxWaitMs = options.maxWaitMs ?? 2000;
    this.#retryMs = options.retryMs ?? 1500;
    this.#state = { card, draft: card.draft, status: 'saved', pending: 0, locked: false, problem: null };
    this.open(card);
  }

  get clientId(): string {
    return this.#outbox.clientId;
  }

  getState = (): AutosaveState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The server's scorecard (first open, after a reconnect, after a submit): start from it, then put our pending edits back on top. */
  open(card: Scorecard): void {
    this.#baseVersion = Math.max(this.#baseVersion, card.version);
    const locked = card.status === 'submitted';
    if (locked) this.#dropEverything(null);
    this.#update({ card, locked, draft: applyPatchOps(card.draft, this.#localOps()) });
    this.#refresh();
    this.#pump();
  }

  /**
   * One edit from the page. Text edits wait for a pause in typing; anything else (a rating, a
   * vote, a new story) goes out at once, taking buffered text with it.
   */
  edit(op: PatchOp, { debounce = false }: { debounce?: boolean } = {}): void {
    if (this.#state.locked || this.#disposed) return;
    const key = opFieldKey(op);
    // Re-inserted, so the buffer keeps the order fields were last touched in.
    this.#buffer.delete(key);
    this.#buffer.set(key, op);
    this.#update({ draft: applyPatchOps(this.#state.draft, [op]), problem: null });
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
      const ops = [...this.#buffer.values()];
      this.#buffer.clear();
      for (let i = 0; i < ops.length; i += 50) this.#outbox.add(ops.slice(i, i + 50));
    }
    this.#refresh();
    this.#pump();
  }

  /** Another tab's patch. */
  applyRemote(fact: ScorecardPatched): void {
    if (fact.scorecardId !== this.#state.card.id || fact.clientId === this.clientId) return;
    if (fact.version <= this.#baseVersion) return; // already in the draft we opened
    const mine = this.#pendingKeys();
    const ops = fact.ops.filter((op) => {
      const key = opFieldKey(op);
      return !mine.has(key) && fact.version > (this.#fieldVersions.get(key) ?? 0);
    });
    for (const op of fact.ops) this.#fieldVersions.set(opFieldKey(op), Math.max(fact.version, this.#fieldVersions.get(opFieldKey(op)) ?? 0));
    if (ops.length > 0) this.#update({ draft: applyPatchOps(this.#state.draft, ops) });
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
    if (this.#disposed || this.#inFlight !== null || !this.#transport.isConnected()) return;
    const next = this.#outbox.pending[0];
    if (!next) return;
    if (!next.sent) this.#outbox.markSent(next.seq);
    this.#inFlight = next.seq;
    const generation = this.#generation;
    const patch: ScorecardPatch = { scorecardId: this.#state.card.id, clientId: this.clientId, seq: next.seq, ops: next.ops };
    this.#transport.send(patch).then(
      (ack) => this.#answered(generation, next.seq, next.ops, ack),
      () => this.#answered(generation, next.seq, next.ops, null),
    );
  }

  #answered(generation: number, seq: number, ops: readonly PatchOp[], ack: Ack<PatchAck> | null): void {
    if (this.#disposed) return;
    const current = generation === this.#generation;
    if (current) this.#inFlight = null;
    if (ack?.ok) {
      this.#outbox.remove(seq);
      for (const op of ops) this.#fieldVersions.set(opFieldKey(op), Math.max(ack.data.version, this.#fieldVersions.get(opFieldKey(op)) ?? 0));
    } else if (ack && ack.error.code === 'out-of-order') {
      // An earlier patch of ours was refused for good (so never applied): resend from the seq the server expects.
      const expected = (ack.error.details as { expectedSeq?: unknown } | undefined)?.expectedSeq;
      if (current && typeof expected === 'number' && expected < seq && this.#outbox.pending[0]?.seq === seq) this.#outbox.renumberFrom(expected);
      else if (current) {
        this.#retryTimer = setTimeout(() => this.#pump(), this.#retryMs);
        return this.#refresh();
      }
    } else if (ack && ack.error.code === 'locked') {
      this.#dropEverything('This scorecard was already submitted, so later changes were not saved.');
      this.#update({ locked: true });
    } else if (ack && !RETRY_CODES.has(ack.error.code)) {
      // Refused for good (e.g. a field over its limit): waiting would block every later change.
      this.#outbox.remove(seq);
      this.#update({ problem: `A change could not be saved: ${ack.error.message}` });
    } else if (current) {
      this.#retryTimer = setTimeout(() => this.#pump(), this.#retryMs);
      return this.#refresh();
    }
    this.#refresh();
    if (current) this.#pump();
  }

  #dropEverything(problem: string | null): void {
    const hadWork = this.#outbox.pending.length > 0 || this.#buffer.size > 0;
    this.#buffer.clear();
    this.#outbox.clear();
    if (problem && hadWork) this.#update({ problem });
    this.#refresh();
  }

  #localOps(): PatchOp[] {
    return [...this.#outbox.pending.flatMap((p) => p.ops), ...this.#buffer.values()];
  }

  #pendingKeys(): Set<string> {
    return new Set(this.#localOps().map(opFieldKey));
  }

  #refresh(): void {
    const pending = this.#outbox.pending.reduce((n, p) => n + p.ops.length, 0) + this.#buffer.size;
    const status: SaveStatus = !this.#transport.isConnected() ? 'offline' : pending > 0 ? 'saving' : 'saved';
    if (pending !== this.#state.pending || status !== this.#state.status) this.#update({ pending, status });
    if (pending === 0) {
      const waiters = this.#savedWaiters;
      this.#savedWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  #update(change: Partial<AutosaveState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}
