/**
 * The autosave outbox: patches written but not yet acknowledged, kept in browser storage so a
 * dropped connection, a reload or a closed tab loses nothing. Generic over the ops of a
 * document kind (a scorecard's patch ops, the writing exercise's text ops).
 *
 * One localStorage key per document (`mockloop:outbox:<documentId>`) holds an entry per tab,
 * keyed by the tab's client id (kept in sessionStorage, so it survives a reload). The server
 * applies each (clientId, seq) once and in seq order, so an entry's `nextSeq` goes back only
 * when the server says those numbers were never applied (`out-of-order`): a tab only reuses
 * its client id while its entry exists, and otherwise starts a fresh one.
 *
 * Ownership: a live tab stamps its entry (`owner`, `beat`) every few seconds and releases it
 * on `pagehide`. A new tab with nothing of its own takes over a released or stale entry that
 * still has patches waiting (a closed tab's work), replaying them under their original ids, so
 * anything the server already had is acknowledged as a duplicate rather than applied twice.
 */
/**
 * What the outbox needs to know of a kind's ops: the field each sets (later ops on one field
 * replace earlier unsent ones), their size on the wire, how to split one too big to send, and
 * the most ops and bytes the server takes in one patch.
 */
export interface OpRules<Op> {
  key(op: Op): string;
  bytes(ops: readonly Op[]): number;
  split(op: Op): Op[];
  /** Whether a later op on the same key may replace this one. */
  replaceable(op: Op): boolean;
  maxOps: number;
  maxBytes: number;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A patch as stored: `sent` turns true (in storage) before its first emit, and from then on it never changes. */
type StoredPatch<Op> = { seq: number; ops: Op[]; sent: boolean };

type OutboxEntry = {
  nextSeq: number;
  pending: StoredPatch<unknown>[];
  /** The page instance that holds this entry, or null once released. */
  owner: string | null;
  /** When the owner last said it is alive (ms since epoch). */
  beat: number;
};

type OutboxFile = { v: 1; clients: Record<string, OutboxEntry> };

const OUTBOX_PREFIX = 'mockloop:outbox:';
export const TAB_KEY = 'mockloop:tab';
/** An owner silent for this long is gone (a crashed tab or a killed browser). */
export const STALE_AFTER_MS = 15_000;
export const BEAT_EVERY_MS = 5000;

export function outboxKey(documentId: string): string {
  return OUTBOX_PREFIX + documentId;
}

/** A random client id matching the server's rule (8-64 of [A-Za-z0-9_-]). */
function newClientId(random: () => string = () => crypto.randomUUID()): string {
  return `tab-${random().replace(/[^A-Za-z0-9]/g, '').slice(0, 32)}`;
}

function readFile(storage: KeyValueStorage, key: string): OutboxFile {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? 'null') as OutboxFile | null;
    if (parsed && parsed.v === 1 && typeof parsed.clients === 'object') return parsed;
  } catch {
    // A damaged value is no use to anyone; start over rather than break the page.
  }
  return { v: 1, clients: {} };
}

type ClaimOptions<Op> = {
  local: KeyValueStorage;
  session: KeyValueStorage;
  documentId: string;
  /** This page load's id; distinguishes a reload (same tab id, released entry) from a duplicated tab. */
  instance: string;
  now: number;
  makeClientId?: () => string;
  rules: OpRules<Op>;
};

/** The outbox of one tab for one document. All writes re-read the key, so tabs never clobber each other. */
export class Outbox<Op> {
  readonly #storage: KeyValueStorage;
  readonly #key: string;
  readonly clientId: string;
  readonly #instance: string;
  readonly #rules: OpRules<Op>;
  #entry: OutboxEntry;

  private constructor(storage: KeyValueStorage, key: string, clientId: string, instance: string, entry: OutboxEntry, rules: OpRules<Op>) {
    this.#rules = rules;
    this.#storage = storage;
    this.#key = key;
    this.clientId = clientId;
    this.#instance = instance;
    this.#entry = entry;
  }

  /** Picks this tab's client id and entry (its own, an abandoned one with work waiting, or a new one) and stamps it. */
  static claim<Op>({ local, session, documentId, instance, now, makeClientId = newClientId, rules }: ClaimOptions<Op>): Outbox<Op> {
    const key = outboxKey(documentId);
    const file = readFile(local, key);
    const free = (entry: OutboxEntry) => entry.owner === null || entry.owner === instance || now - entry.beat > STALE_AFTER_MS;

    let clientId = session.getItem(TAB_KEY);
    let entry = clientId ? file.clients[clientId] : undefined;
    // Our id is held by a live page: this tab was duplicated (sessionStorage is copied). Start afresh.
    if (entry && !free(entry)) entry = undefined;
    if (!entry) {
      const orphan = Object.entries(file.clients).find(([, e]) => e.pending.length > 0 && free(e));
      if (orphan) [clientId, entry] = orphan;
      else {
        clientId = makeClientId();
        entry = { nextSeq: 1, pending: [], owner: null, beat: 0 };
      }
    }
    session.setItem(TAB_KEY, clientId!);
    const outbox = new Outbox<Op>(local, key, clientId!, instance, { ...entry, owner: instance, beat: now }, rules);
    outbox.#write();
    return outbox;
  }

  get pending(): readonly StoredPatch<Op>[] {
    return this.#entry.pending as StoredPatch<Op>[];
  }

  /**
   * Stores `ops` as the next patch, or folds them into the last one if that was never sent,
   * keeping every patch within the kind's limits (ops per patch, bytes on the socket).
   */
  add(ops: readonly Op[]): void {
    for (const op of ops.flatMap((o) => this.#rules.split(o))) this.#addOne(op);
    this.#write();
  }

  #addOne(op: Op): void {
    const last = this.pending.at(-1);
    const pending = [...this.pending];
    const merged = last && !last.sent ? mergeOps(last.ops, [op], this.#rules) : null;
    if (last && merged && merged.length <= this.#rules.maxOps && this.#rules.bytes(merged) <= this.#rules.maxBytes) {
      pending[pending.length - 1] = { ...last, ops: merged };
      this.#entry = { ...this.#entry, pending };
    } else {
      pending.push({ seq: this.#entry.nextSeq, ops: [op], sent: false });
      this.#entry = { ...this.#entry, pending, nextSeq: this.#entry.nextSeq + 1 };
    }
  }

  /** Records that a patch is about to go out; after this it is never merged into. */
  markSent(seq: number): void {
    this.#entry = { ...this.#entry, pending: this.#entry.pending.map((p) => (p.seq === seq && !p.sent ? { ...p, sent: true } : p)) };
    this.#write();
  }

  remove(seq: number): void {
    this.#entry = { ...this.#entry, pending: this.#entry.pending.filter((p) => p.seq !== seq) };
    this.#write();
  }

  /**
   * The server applied this tab's patches up to `expectedSeq - 1` and none after (it applies
   * them in seq order): number the waiting ones from `expectedSeq`, so a patch refused for good
   * earlier leaves no gap that would block the rest.
   */
  renumberFrom(expectedSeq: number): void {
    const pending = this.#entry.pending.map((p, i) => ({ ...p, seq: expectedSeq + i }));
    this.#entry = { ...this.#entry, pending, nextSeq: expectedSeq + pending.length };
    this.#write();
  }

  clear(): void {
    this.#entry = { ...this.#entry, pending: [] };
    this.#write();
  }

  /** Says this page still holds the entry. */
  beat(now: number): void {
    this.#entry = { ...this.#entry, owner: this.#instance, beat: now };
    this.#write();
  }

  /** Lets another page take the entry at once (the page is going away). */
  release(): void {
    this.#entry = { ...this.#entry, owner: null };
    this.#write();
  }

  #write(): void {
    const file = readFile(this.#storage, this.#key);
    file.clients[this.clientId] = this.#entry;
    try {
      this.#storage.setItem(this.#key, JSON.stringify(file));
    } catch {
      // Storage full or disabled: the patch still goes out; it just would not survive a reload.
    }
  }
}

/**
 * Folds later ops into an unsent list: an op replaces an earlier one on the same field (each
 * sets the whole value, so only the last matters), keeping the order of first appearance.
 * Ops the kind calls not replaceable (adding and removing a story share a key but are not
 * interchangeable) stay.
 */
export function mergeOps<Op>(earlier: readonly Op[], later: readonly Op[], rules: OpRules<Op>): Op[] {
  const result = [...earlier];
  for (const op of later) {
    const key = rules.key(op);
    const index = rules.replaceable(op) ? result.findIndex((o) => rules.replaceable(o) && rules.key(o) === key) : -1;
    if (index >= 0) result[index] = op;
    else result.push(op);
  }
  return result;
}
