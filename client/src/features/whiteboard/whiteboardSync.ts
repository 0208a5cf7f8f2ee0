import type { Ack } from '@mockloop/shared/api/errors';
import { jsonBytes, MAX_ELEMENT_BYTES, MAX_UPDATE_BYTES, MAX_UPDATE_ELEMENTS } from '@mockloop/shared/whiteboard/rules';
import type { WhiteboardAck, WhiteboardElement, WhiteboardScene, WhiteboardUpdate, WhiteboardUpdated } from '@mockloop/shared/whiteboard/contract';
import { wins, type Versioned } from '@mockloop/shared/whiteboard/merge';

/** How the sync talks to the server; the socket in the app, a fake in tests. */
type WhiteboardTransport = {
  open(roundId: string): Promise<Ack<WhiteboardScene>>;
  update(update: WhiteboardUpdate): Promise<Ack<WhiteboardAck>>;
  connected(): boolean;
};

export type SyncStatus = 'opening' | 'saved' | 'saving' | 'offline' | 'problem';

type SyncListener = {
  /** The server's scene after an open (first load or reconnect): merge it with the local one. */
  onScene(scene: WhiteboardScene): void;
  /** Another drawer's changes: merge them. */
  onRemote(elements: WhiteboardElement[]): void;
  onStatus(status: SyncStatus, message?: string): void;
};

type Sent = { seq: number; elements: WhiteboardElement[] };

const RETRY_MS = 1000;
/** Headroom under the update limit for the envelope (roundId, clientId, seq). */
const BATCH_BYTES = MAX_UPDATE_BYTES - 1024;

const newClientId = () => `wb-${crypto.randomUUID().replaceAll('-', '')}`;

/**
 * Keeps one open whiteboard in step with the server. Local changes are debounced, cut into
 * updates under the size limits and queued in an outbox with increasing `seq`; one update is
 * in flight at a time, so the server sees them in order, and after a reconnect the outbox is
 * sent again (a replay is acked as a duplicate). `known` holds the newest version of each
 * element the server has or will have, so only real changes travel.
 */
export class WhiteboardSync {
  #clientId = newClientId();
  #seq = 0;
  #known = new Map<string, Versioned>();
  #outbox: Sent[] = [];
  #inFlight = false;
  #latest: readonly WhiteboardElement[] | null = null;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #canDraw = false;
  #closed = false;

  constructor(
    private readonly roundId: string,
    private readonly transport: WhiteboardTransport,
    private readonly listener: SyncListener,
    private readonly debounceMs = 150,
  ) {}

  /** (Re)opens: fetches the scene, then sends whatever the outbox still holds. */
  async open(): Promise<void> {
    this.listener.onStatus('opening');
    const ack = await this.transport.open(this.roundId).catch(() => null);
    if (this.#closed) return;
    if (!ack) return this.listener.onStatus('offline', 'Reconnecting…');
    if (!ack.ok) return this.listener.onStatus('problem', ack.error.message);
    this.#canDraw = ack.data.canDraw;
    this.#known = new Map(ack.data.elements.map((e) => [e.id, e]));
    for (const sent of this.#outbox) this.#remember(sent.elements);
    this.listener.onScene(ack.data);
    this.#report();
    void this.#pump();
  }

  /** Every change of the local scene; sent after a short pause in drawing. */
  localChange(elements: readonly WhiteboardElement[]): void {
    if (!this.#canDraw || this.#closed) return;
    this.#latest = elements;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.flush(), this.debounceMs);
  }

  /** Queues what changed since the last flush (also called before the page goes away). */
  flush(): void {
    clearTimeout(this.#debounce);
    const latest = this.#latest;
    this.#latest = null;
    if (!latest) return;
    const changed = latest.filter((e) => e.type !== 'image' && wins(e, this.#known.get(e.id)));
    const fitting = changed.filter((e) => jsonBytes(e) <= MAX_ELEMENT_BYTES);
    if (fitting.length < changed.length) this.listener.onStatus('problem', 'A drawing is too large to share; split it into smaller strokes.');
    for (const elements of batches(fitting)) {
      this.#outbox.push({ seq: ++this.#seq, elements });
      this.#remember(elements);
    }
    void this.#pump();
  }

  /** A fact from the server. */
  remote(fact: WhiteboardUpdated): void {
    if (fact.roundId !== this.roundId || fact.clientId === this.#clientId) return;
    this.#remember(fact.elements);
    this.listener.onRemote(fact.elements);
  }

  disconnected(): void {
    this.listener.onStatus('offline', 'Reconnecting… your drawing is kept and sent when the connection is back.');
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#debounce);
    clearTimeout(this.#retry);
  }

  /** Updates not yet acknowledged (for the status line and tests). */
  get pending(): number {
    return this.#outbox.length;
  }

  #remember(elements: readonly Versioned[]) {
    for (const e of elements) if (wins(e, this.#known.get(e.id))) this.#known.set(e.id, { id: e.id, version: e.version, versionNonce: e.versionNonce });
  }

  #report() {
    this.listener.onStatus(this.#outbox.length ? 'saving' : 'saved');
  }

  async #pump(): Promise<void> {
    if (this.#inFlight || this.#closed || !this.#outbox.length || !this.transport.connected()) return;
    this.#inFlight = true;
    this.#report();
    const next = this.#outbox[0]!;
    const ack = await this.transport.update({ roundId: this.roundId, clientId: this.#clientId, seq: next.seq, elements: next.elements }).catch(() => null);
    this.#inFlight = false;
    if (this.#closed) return;
    if (ack?.ok || (ack && !retryable(ack.error.code) && ack.error.code !== 'conflict')) {
      this.#outbox.shift();
      if (ack.ok) this.#report();
      else this.listener.onStatus('problem', ack.error.message);
      return void this.#pump();
    }
    if (ack?.error.code === 'conflict') {
      // The server lost track of this client's order (it should not happen): start a new
      // client and send what is left under fresh numbers.
      this.#clientId = newClientId();
      this.#seq = 0;
      for (const sent of this.#outbox) sent.seq = ++this.#seq;
      return void this.#pump();
    }
    // Unavailable, rate-limited or no answer: try again shortly (a reconnect also pumps).
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => void this.#pump(), RETRY_MS);
  }
}

const retryable = (code: string) => code === 'unavailable' || code === 'rate-limited' || code === 'internal';

/** Cuts changed elements into updates under the element-count and byte limits. */
export function batches(elements: readonly WhiteboardElement[]): WhiteboardElement[][] {
  const out: WhiteboardElement[][] = [];
  let current: WhiteboardElement[] = [];
  let bytes = 2;
  for (const element of elements) {
    const size = jsonBytes(element) + 1;
    if (current.length && (current.length >= MAX_UPDATE_ELEMENTS || bytes + size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 2;
    }
    current.push(element);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}
