/**
 * Naming identities and switching between them: only the switcher, the chooser and the home
 * page's list need it, and they load on demand, so it stays out of every page's first visit.
 */
import { identities, type Identity } from './tokens';

/**
 * Makes `participantId` this tab's identity in a loop, because the person chose it here, and
 * opens `path`. Another identity of the same loop means a fresh page: every cache, the socket
 * and the live state start again as that person, with nothing left over from the last one.
 */
export function actAs(loopId: string, participantId: string, path: string, navigate: (to: string) => void): void {
  const current = identities().forTab(loopId);
  const same = current.kind === 'chosen' && current.identity.participantId === participantId;
  identities().chooseForTab(loopId, participantId);
  if (same) navigate(path);
  else window.location.assign(path);
}

/** How a person reads an identity in a list: "Sam Lee, interviewer (round 2)". */
export function describeIdentity(identity: Identity): string {
  const role = identity.isBarRaiser ? 'interviewer and Bar Raiser' : identity.role;
  const round = identity.roundPosition !== null && (identity.role === 'interviewer' || identity.role === 'shadow') ? ` (round ${identity.roundPosition})` : '';
  return `${identity.name}, ${role}${round}`;
}

/** The loop an identity belongs to, as the switcher names it. */
export function loopNameOf(identity: Pick<Identity, 'candidateName'>): string {
  return identity.candidateName ? `${identity.candidateName}’s loop` : 'this loop';
}
