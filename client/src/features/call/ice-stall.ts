/**
 * ICE candidates travel as signals and can be lost without any socket reconnecting (a Redis
 * blip between server processes, a refused signal): negotiation then settles, but ICE never
 * starts checking, and no reconnect restarts it. A link settled for ICE_STALL_MS with ICE
 * still `new` restarts ICE, which gathers and sends fresh candidates on both sides. (It cannot
 * mend a connection that gathers nothing: see FIRST_CANDIDATE_WAIT_MS in peer-link.ts.)
 */
export const ICE_STALL_MS = 8000;

/** Calls `onStall` each time `pc` has stalled that long; returns the function that stops watching. */
export function watchIceStall(pc: RTCPeerConnection, onStall: () => void): () => void {
  let since: number | null = null;
  const timer = setInterval(() => {
    const stalled = pc.signalingState === 'stable' && pc.remoteDescription !== null && pc.iceConnectionState === 'new';
    if (!stalled) return void (since = null);
    since ??= Date.now();
    if (Date.now() - since < ICE_STALL_MS) return;
    since = null;
    onStall();
  }, 1000);
  return () => clearInterval(timer);
}
