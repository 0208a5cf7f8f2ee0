import { useEffect, useRef } from 'react';
import type { PeerView } from './call-mesh';

const STATE_LABELS: Record<RTCPeerConnectionState, string> = {
  new: 'Connecting…',
  connecting: 'Connecting…',
  connected: 'Connected',
  disconnected: 'Connection interrupted, reconnecting…',
  failed: 'Connection lost, trying another path…',
  closed: 'Disconnected',
};

const ROLE_WORDS = { candidate: 'Candidate', interviewer: 'Interviewer', shadow: 'Shadow (listening)', organizer: 'Organizer' } as const;

/** One other person in the call: their video (or a name card), sound, and how the connection is. */
export function PeerTile({ view }: { view: PeerView }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current && video.current.srcObject !== view.remote) video.current.srcObject = view.remote;
  }, [view.remote]);
  const hasVideo = view.remote.getVideoTracks().some((t) => !t.muted);
  const state = view.away ? 'Reconnecting to MockLoop…' : STATE_LABELS[view.state];
  return (
    <li
      className={`call-tile call-tile--${view.state}`}
      data-peer={view.peer.participantId}
      data-state={view.state}
      data-bytes-in={view.bytesIn}
      data-audio-out={view.audioBytesOut}
      data-ice-restarts={view.iceRestarts}
      data-negotiation={view.negotiation}
    >
      <video ref={video} className={hasVideo ? 'call-video' : 'call-video call-video--hidden'} autoPlay playsInline aria-label={`${view.peer.name}'s video`} />
      <p className="call-tile__name">
        <strong>{view.peer.name}</strong> <span className="text-muted">{ROLE_WORDS[view.peer.role]}</span>
      </p>
      <p className="call-tile__state">
        <span role="status">{state}</span>
        {view.state === 'connected' ? <span className="text-muted"> · {Math.round(view.bytesIn / 1024)} kB received</span> : null}
      </p>
    </li>
  );
}
