import type { Ack, PatchAck, Scorecard, ScorecardPatch } from '@mockloop/shared';
import { emptyDraft } from '@mockloop/shared';
import type { PatchTransport } from '../../../client/src/scorecard/autosave';
import type { KeyValueStorage } from '../../../client/src/scorecard/outbox';

export const CARD_ID = '00000000-0000-4000-8000-0000000000c1';
export const ROUND_ID = '00000000-0000-4000-8000-0000000000a1';

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

export function card(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    id: CARD_ID,
    roundId: ROUND_ID,
    interviewerId: '00000000-0000-4000-8000-0000000000b1',
    status: 'draft',
    version: 0,
    submittedAt: null,
    assignedLps: ['ownership', 'dive-deep'],
    draft: emptyDraft(),
    ...overrides,
  };
}

type Sent = { patch: ScorecardPatch; resolve: (ack: Ack<PatchAck>) => void; reject: (e: Error) => void };

/** A server stand-in: records sends, answers when the test says so, dedupes by (clientId, seq). */
export class FakeTransport implements PatchTransport {
  connected = true;
  readonly sent: Sent[] = [];
  version = 0;
  readonly applied = new Set<string>();
  /** Stored snapshots of what the storage held at each send (to check "stored before sent"). */
  readonly storedAtSend: (string | null)[] = [];
  constructor(private readonly storage?: MemoryStorage) {}

  isConnected() {
    return this.connected;
  }

  send(patch: ScorecardPatch): Promise<Ack<PatchAck>> {
    this.storedAtSend.push(this.storage?.getItem(`mockloop:outbox:${patch.scorecardId}`) ?? null);
    if (!this.connected) return Promise.reject(new Error('offline'));
    return new Promise((resolve, reject) => this.sent.push({ patch, resolve, reject }));
  }

  /** Acknowledges the oldest unanswered send as the server would. */
  ackNext(): ScorecardPatch {
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
