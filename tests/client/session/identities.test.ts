import { describe, expect, it } from 'vitest';
import { Identities, type Identity } from '../../../client/src/session/identities';
import { MemoryStorage } from '../autosave/fakes';

const LOOP = '00000000-0000-4000-8000-00000000a001';
const OTHER_LOOP = '00000000-0000-4000-8000-00000000a002';

function person(participant: string, overrides: Partial<Identity> = {}): Identity {
  return {
    loopId: LOOP,
    participantId: `00000000-0000-4000-8000-0000000000${participant}`,
    token: `token-${participant}`,
    name: `Person ${participant}`,
    role: 'interviewer',
    isBarRaiser: false,
    roundPosition: null,
    candidateName: null,
    ...overrides,
  };
}

/** One browser: localStorage shared by every tab, a sessionStorage per tab. */
function browser() {
  const local = new MemoryStorage();
  return { local, tab: () => new Identities(local, new MemoryStorage()) };
}

describe('Identities', () => {
  it('keeps a second link of the same loop beside the first, and each tab keeps the person it opened', () => {
    const { tab } = browser();
    const organizerTab = tab();
    const interviewerTab = tab();
    organizerTab.remember(person('01', { role: 'organizer' }), true);
    interviewerTab.remember(person('02'), true);

    expect(organizerTab.list().map((i) => i.role)).toEqual(['organizer', 'interviewer']);
    expect(organizerTab.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { token: 'token-01' } });
    expect(interviewerTab.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { token: 'token-02' } });
  });

  it('asks a fresh tab to choose when the browser holds several people in the loop, and takes the only one otherwise', () => {
    const { tab } = browser();
    tab().remember(person('01'), true);
    const second = tab();
    expect(second.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { token: 'token-01' } });
    tab().remember(person('02'), true);
    // The tab that took the only identity keeps it once another arrives.
    expect(second.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { token: 'token-01' } });
    const fresh = tab();
    const choice = fresh.forTab(LOOP);
    expect(choice.kind).toBe('choose');
    fresh.chooseForTab(LOOP, person('02').participantId);
    expect(fresh.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { token: 'token-02' } });
    expect(fresh.forTab(OTHER_LOOP)).toEqual({ kind: 'none' });
  });

  it('replaces the token of a re-issued link for the same person, in every tab that uses them', () => {
    const { tab } = browser();
    const first = tab();
    first.remember(person('01', { candidateName: 'Alex' }), true);
    tab().remember(person('01', { token: 'token-01-new' }), true);
    expect(first.list()).toHaveLength(1);
    expect(first.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { token: 'token-01-new', candidateName: 'Alex' } });
  });

  it('reads a token kept before identities, and turns it into one once the loop says who it is', () => {
    const { local, tab } = browser();
    local.setItem(`mockloop:token:${LOOP}`, 'old-token');
    const reader = tab();
    expect(reader.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { token: 'old-token' } });
    reader.remember(person('03', { token: 'old-token', role: 'candidate' }), true);
    expect(local.getItem(`mockloop:token:${LOOP}`)).toBeNull();
    expect(reader.forTab(LOOP)).toMatchObject({ kind: 'chosen', identity: { role: 'candidate', token: 'old-token' } });
  });

  it('ignores a damaged list instead of failing', () => {
    const { local, tab } = browser();
    local.setItem('mockloop:identities', '{not json');
    expect(tab().forTab(LOOP)).toEqual({ kind: 'none' });
    local.setItem('mockloop:identities', JSON.stringify([{ loopId: LOOP, token: 'x' }, person('04')]));
    expect(tab().list().map((i) => i.token)).toEqual(['token-04']);
  });

  it('writes nothing when a remembered identity is unchanged, so other tabs are not woken', () => {
    const { local, tab } = browser();
    const reader = tab();
    reader.remember(person('05'), true);
    let calls = 0;
    reader.subscribe(() => (calls += 1));
    const before = local.getItem('mockloop:identities');
    reader.remember(person('05'), true);
    expect(calls).toBe(0);
    expect(local.getItem('mockloop:identities')).toBe(before);
  });
});
