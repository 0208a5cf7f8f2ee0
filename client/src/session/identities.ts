/**
 * The people this browser may act as in loops: one identity per invite link opened here,
 * keyed by loop and participant, so an organizer who tries an interviewer's link keeps their
 * dashboard and a demo shows every role from one browser. The list lives in localStorage
 * (shared by the tabs, kept across reloads); which identity a tab uses for a loop lives in
 * sessionStorage (one tab's own choice, kept across a reload). A tab's choice changes only
 * through this tab: opening a link in it, or the person picking another identity here.
 * Tokens never go into a URL once the join page has read them.
 */
import type { ParticipantRole } from '@mockloop/shared/scales';

export interface Identity {
  loopId: string;
  participantId: string;
  token: string;
  name: string;
  role: ParticipantRole;
  isBarRaiser: boolean;
  /** The round an interviewer runs or a shadow observes, when known. */
  roundPosition: number | null;
  /** Names the loop in the switcher ("Alex Morgan’s loop"); null until the loop was read once. */
  candidateName: string | null;
}

/** What a tab uses for a loop: its identity, a choice to make, or nothing held. */
export type TabIdentity =
  | { kind: 'chosen'; identity: Identity }
  | { kind: 'choose'; identities: Identity[] }
  | { kind: 'none' };

const LIST_KEY = 'mockloop:identities';
const TAB_KEY_PREFIX = 'mockloop:tab-identity:';
/** Before several identities: one token per loop (`mockloop:token:<loopId>`), read until replaced. */
const LEGACY_KEY_PREFIX = 'mockloop:token:';
const ROLES: readonly string[] = ['organizer', 'candidate', 'interviewer', 'shadow'];

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class Identities {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly local: KeyValueStorage,
    private readonly session: KeyValueStorage,
  ) {}

  /** Every identity held in this browser, in the order they were first opened. */
  list(): Identity[] {
    const raw = this.local.getItem(LIST_KEY);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isIdentity) : [];
    } catch {
      return [];
    }
  }

  forLoop(loopId: string): Identity[] {
    return this.list().filter((identity) => identity.loopId === loopId);
  }

  /**
   * Keeps an identity (a newer link for the same person replaces the older token) and, with
   * `chooseForTab`, makes it this tab's identity for its loop.
   */
  remember(identity: Identity, chooseForTab: boolean): void {
    const list = this.list();
    const index = list.findIndex((held) => sameSeat(held, identity));
    const before = index === -1 ? null : list[index]!;
    const merged: Identity = {
      ...identity,
      candidateName: identity.candidateName ?? before?.candidateName ?? null,
      roundPosition: identity.roundPosition ?? before?.roundPosition ?? null,
    };
    const tabKey = TAB_KEY_PREFIX + identity.loopId;
    const legacyKey = LEGACY_KEY_PREFIX + identity.loopId;
    const listChanges = !before || JSON.stringify(before) !== JSON.stringify(merged);
    const tabChanges = chooseForTab && this.session.getItem(tabKey) !== identity.participantId;
    const legacyGoes = this.local.getItem(legacyKey) === identity.token;
    // Unchanged details write nothing: every write wakes the other tabs.
    if (!listChanges && !tabChanges && !legacyGoes) return;
    if (listChanges) {
      if (before) list[index] = merged;
      else list.push(merged);
      this.local.setItem(LIST_KEY, JSON.stringify(list));
    }
    if (legacyGoes) this.local.removeItem(legacyKey);
    if (tabChanges) this.session.setItem(tabKey, identity.participantId);
    this.changed();
  }

  /** Makes a held identity this tab's for its loop (the person chose it here). */
  chooseForTab(loopId: string, participantId: string): void {
    this.session.setItem(TAB_KEY_PREFIX + loopId, participantId);
    this.changed();
  }

  /**
   * The identity this tab uses in a loop. A tab that has not chosen yet takes the only one
   * held and keeps it from then on; with several it asks, rather than guessing who you are.
   */
  forTab(loopId: string): TabIdentity {
    const held = this.forLoop(loopId);
    const chosenId = this.session.getItem(TAB_KEY_PREFIX + loopId);
    const chosen = held.find((identity) => identity.participantId === chosenId);
    if (chosen) return { kind: 'chosen', identity: chosen };
    if (held.length === 1) {
      this.session.setItem(TAB_KEY_PREFIX + loopId, held[0]!.participantId);
      return { kind: 'chosen', identity: held[0]! };
    }
    if (held.length > 1) return { kind: 'choose', identities: held };
    const legacy = this.local.getItem(LEGACY_KEY_PREFIX + loopId);
    if (legacy) return { kind: 'chosen', identity: legacyIdentity(loopId, legacy) };
    return { kind: 'none' };
  }

  /**
   * A string that changes whenever what `forTab(loopId)` returns may change, for
   * `useSyncExternalStore`. Reading it settles a tab's first choice, so it stays stable.
   */
  snapshot(loopId: string): string {
    this.forTab(loopId);
    return [this.local.getItem(LIST_KEY), this.session.getItem(TAB_KEY_PREFIX + loopId), this.local.getItem(LEGACY_KEY_PREFIX + loopId)].join('\n');
  }

  /** Calls `onChange` after changes made in this tab. Other tabs' changes come as `storage` events. */
  subscribe(onChange: () => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** An identity from the one-token-per-loop days: who it is becomes known when the loop is read. */
function legacyIdentity(loopId: string, token: string): Identity {
  return { loopId, participantId: '', token, name: '', role: 'organizer', isBarRaiser: false, roundPosition: null, candidateName: null };
}

function sameSeat(a: Identity, b: Identity): boolean {
  return a.loopId === b.loopId && a.participantId === b.participantId;
}

/** Enough of a check that a damaged or foreign entry is skipped rather than used. */
function isIdentity(value: unknown): value is Identity {
  const v = value as Partial<Record<keyof Identity, unknown>> | null;
  return !!v && typeof v.loopId === 'string' && !!v.participantId && typeof v.token === 'string' && ROLES.includes(v.role as string);
}

/** The key whose `storage` events mean another tab changed the list. */
export const IDENTITIES_STORAGE_KEY = LIST_KEY;
