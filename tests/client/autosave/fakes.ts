import type { Ack } from '@mockloop/shared';
import { Autosave, type AutosaveKind, type AutosaveTypes, type PatchTransport } from '../../../client/src/autosave/engine';
import { Outbox, outboxKey, type KeyValueStorage } from '../../../client/src/autosave/outbox';

export class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

type WirePatch = { clientId: string; seq: number; ops: unknown[] };
type Sent<Patch> = { patch: Patch; resolve: (ack: Ack<{ version: number; duplicate: boolean }>) => void; reject: (e: Error) => void };

/** A server stand-in for one document: records sends, answers when the test says so, dedupes by (clientId, seq). */
export class FakeTransport<Patch extends WirePatch> implements PatchTransport<Patch> {
  connected = true;
  readonly sent: Sent<Patch>[] = [];
  version = 0;
  readonly applied = new Set<string>();
  /** What the storage held at each send (to check "stored before sent"). */
  readonly storedAtSend: (string | null)[] = [];
  constructor(
    private readonly documentId: string,
    private readonly storage?: MemoryStorage,
  ) {}

  isConnected() {
    return this.connected;
  }

  send(patch: Patch): Promise<Ack<{ version: number; duplicate: boolean }>> {
    this.storedAtSend.push(this.storage?.getItem(outboxKey(this.documentId)) ?? null);
    if (!this.connected) return Promise.reject(new Error('offline'));
    return new Promise((resolve, reject) => this.sent.push({ patch, resolve, reject }));
  }

  /** Acknowledges the oldest unanswered send as the server would. */
  ackNext(): Patch {
    const next = this.sent.shift();
    if (!next) throw new Error('nothing in flight');
    const key = `${next.patch.clientId}:${next.patch.seq}`;
    const duplicate = this.applied.has(key);
    if (!duplicate) {
      this.applied.add(key);
      this.version += 1;
    }
    next.resolve({ ok: true, data: { version: this.version, duplicate } });
    return next.patch;
  }

  /** Answers the oldest unanswered send with a refusal. */
  refuseNext(code: 'bad-request' | 'locked' | 'out-of-order' | 'unavailable', message: string, details?: unknown): Patch {
    const next = this.sent.shift();
    if (!next) throw new Error('nothing in flight');
    next.resolve({ ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } });
    return next.patch;
  }

  /** The connection drops: everything in flight is lost. */
  drop() {
    this.connected = false;
    for (const s of this.sent.splice(0)) s.reject(new Error('disconnected'));
  }
}

/** Lets queued promise callbacks run. */
export async function settle() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

/** A page that opened `doc`: its outbox in `local`/`session` (shared with other pages to model tabs and reloads), the engine, and a fake server. */
export function openPage<T extends AutosaveTypes & { patch: WirePatch }>(kind: AutosaveKind<T>, doc: T['doc'], local = new MemoryStorage(), session = new MemoryStorage()) {
  const documentId = kind.id(doc);
  const transport = new FakeTransport<T['patch']>(documentId, local);
  const outbox = Outbox.claim({ local, session, documentId, instance: crypto.randomUUID(), now: Date.now(), rules: kind.ops });
  const autosave = new Autosave(kind, doc, { outbox, transport });
  return { autosave, transport, outbox, local, session };
}
