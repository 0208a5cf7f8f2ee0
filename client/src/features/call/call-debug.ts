/**
 * Negotiation tracing for a call that does not connect: off unless the browser's
 * localStorage holds `mockloop:call-debug` = `1` (the browser tests turn it on), then every
 * description, candidate and state change of each link goes to the console, one line each.
 */
let enabled: boolean | null = null;

export function callDebugOn(): boolean {
  if (enabled === null) {
    try {
      enabled = globalThis.localStorage?.getItem('mockloop:call-debug') === '1';
    } catch {
      enabled = false;
    }
  }
  return enabled;
}

export function callDebug(tag: string, ...parts: unknown[]) {
  if (callDebugOn()) console.debug(`[call ${tag}] ${Math.round(performance.now())}`, ...parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))));
}

/** The ICE username fragment of a description (first media section's, or the session's). */
export const ufragOf = (sdp: string | null | undefined): string | null => /^a=ice-ufrag:(\S+)/m.exec(sdp ?? '')?.[1] ?? null;

/** A candidate line, short: type, protocol, address and the ufrag it belongs to. */
export function candidateSummary(candidate: { candidate?: string; usernameFragment?: string | null } | null | undefined): string {
  if (!candidate?.candidate) return 'end-of-candidates';
  const f = candidate.candidate.split(' ');
  return `${f[7] ?? '?'} ${f[2] ?? '?'} ${f[4] ?? '?'}:${f[5] ?? '?'} ufrag=${candidate.usernameFragment ?? /ufrag (\S+)/.exec(candidate.candidate)?.[1] ?? '?'}`;
}

/** Traces one connection's state changes (only when tracing is on). */
export function traceConnection(pc: RTCPeerConnection, debug: (...parts: unknown[]) => void) {
  if (!callDebugOn()) return;
  pc.addEventListener('icecandidateerror', (event) => debug('icecandidateerror', (event as RTCPeerConnectionIceErrorEvent).errorCode, (event as RTCPeerConnectionIceErrorEvent).errorText));
  pc.addEventListener('signalingstatechange', () => debug('signaling', pc.signalingState));
  pc.addEventListener('icegatheringstatechange', () => debug('gathering', pc.iceGatheringState));
  pc.addEventListener('iceconnectionstatechange', () => debug('ice', pc.iceConnectionState, 'local', ufragOf(pc.localDescription?.sdp), 'remote', ufragOf(pc.remoteDescription?.sdp)));
  pc.addEventListener('connectionstatechange', () => debug('connection', pc.connectionState));
}

/** A description, short: type, `o=` version, ufrag and how many candidates its SDP carries. */
export function descriptionSummary(description: { type?: string; sdp?: string | null } | null | undefined): string {
  const sdp = description?.sdp ?? '';
  return `${description?.type ?? '?'} v${/^o=\S+ \d+ (\d+)/m.exec(sdp)?.[1] ?? '?'} ufrag=${ufragOf(sdp)} candidates=${(sdp.match(/^a=candidate/gm) ?? []).length}`;
}
