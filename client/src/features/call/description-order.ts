/**
 * Telling a new session description from one already applied. Perfect negotiation assumes
 * each description arrives once, but an offer is sent again while unanswered (a slow answer
 * looks lost), and re-applying a copy starts a negotiation the peer already finished: a
 * second answer that their next offer then takes as its own, or a rolled-back newer offer.
 * The `o=` line tells them apart (RFC 8866 §5.2): its session id is fixed for one
 * RTCPeerConnection and its version grows with every description that connection makes.
 */
export type Origin = { session: string; version: number };

/** The `o=` line's session id and version, or null when the SDP has none. */
export function originOf(sdp: string | null | undefined): Origin | null {
  const match = /^o=\S+ (\d+) (\d+)/m.exec(sdp ?? '');
  return match ? { session: match[1]!, version: Number(match[2]) } : null;
}

/**
 * How an arriving description relates to the newest one applied from the same peer:
 * `new` to apply; `repeat` a copy or an older one (never apply it again); `restarted` made by
 * another RTCPeerConnection of theirs (they reloaded the page), so ours has nothing to build on.
 */
export type Arrival = 'new' | 'repeat' | 'restarted';

export function arrivalOf(incoming: Origin | null, applied: Origin | null): Arrival {
  if (!incoming || !applied) return 'new';
  if (incoming.session !== applied.session) return 'restarted';
  return incoming.version > applied.version ? 'new' : 'repeat';
}

export const sameOrigin = (a: Origin | null, b: Origin | null) => a !== null && b !== null && a.session === b.session && a.version === b.version;
