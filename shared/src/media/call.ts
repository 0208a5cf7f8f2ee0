import { z } from 'zod';
import { ParticipantRole } from '../scales.js';

/**
 * The voice and video call of a round: a WebRTC mesh between that round's candidate,
 * interviewer and shadows, signalled over the socket. The server only relays offers, answers
 * and ICE candidates between members of the same round; media flows peer to peer (or through
 * TURN), never through MockLoop.
 */

/** A peer is a participant: one tab per person takes part in a call (a newer tab takes over). */
export const CallPeer = z.object({
  participantId: z.uuid(),
  name: z.string(),
  role: ParticipantRole,
  /** False for listen-only peers (shadows): they receive, their descriptions carry no tracks. */
  sendsMedia: z.boolean(),
});
export type CallPeer = z.infer<typeof CallPeer>;

/** One `RTCIceServer` as the browser takes it. */
export const IceServer = z.object({
  urls: z.union([z.string().min(1).max(500), z.array(z.string().min(1).max(500)).min(1).max(10)]),
  username: z.string().max(500).optional(),
  credential: z.string().max(500).optional(),
});
export type IceServer = z.infer<typeof IceServer>;

export const JoinCall = z.object({ roundId: z.uuid() });
export type JoinCall = z.infer<typeof JoinCall>;

/** What `call:join` answers: how to reach the others, who is there, what you may send. */
export type CallJoined = {
  roundId: string;
  self: CallPeer;
  /** The others already in the call; each is polite or impolite by participant id order. */
  peers: CallPeer[];
  iceServers: IceServer[];
  /** When the TURN credentials in `iceServers` expire (ms since epoch); re-join before. */
  iceExpiresAt: number | null;
};

/** Session descriptions and ICE candidates are bounded: an SDP of a 2-track call is ~6 KB. */
export const SessionDescription = z.object({
  type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
  sdp: z.string().max(24_000).optional(),
});
export const IceCandidate = z.object({
  candidate: z.string().max(1_000),
  sdpMid: z.string().max(64).nullable().optional(),
  sdpMLineIndex: z.int().min(0).max(64).nullable().optional(),
  usernameFragment: z.string().max(256).nullable().optional(),
});

/** One perfect-negotiation message to one peer of the same round's call. */
export const CallSignal = z
  .object({
    roundId: z.uuid(),
    to: z.uuid(),
    description: SessionDescription.optional(),
    candidate: IceCandidate.nullable().optional(),
  })
  .refine((s) => (s.description === undefined) !== (s.candidate === undefined), 'send either a description or a candidate');
export type CallSignal = z.infer<typeof CallSignal>;

/** The relayed signal as the target peer receives it. */
export type CallSignalled = {
  roundId: string;
  from: string;
  description?: z.infer<typeof SessionDescription>;
  candidate?: z.infer<typeof IceCandidate> | null;
};

export type CallPeerJoined = { roundId: string; peer: CallPeer };
/**
 * `left`: they hung up. `disconnected`: their socket dropped; media may still flow and they
 * usually re-join within seconds, so keep the connection. `replaced`: the same person joined
 * from another tab (sent to the old tab with its own id).
 */
export type CallPeerLeft = { roundId: string; participantId: string; reason: 'left' | 'disconnected' | 'replaced' };

export { canJoinCall, isPolite, sendsMedia } from './call-roles.js';
