/**
 * One RTCPeerConnection to one peer, negotiated with the "perfect negotiation" pattern
 * (W3C WebRTC spec, section 10.7): both ends may offer at any time; on a collision the polite
 * end rolls its own offer back and answers, the impolite end ignores the other offer. So a
 * new camera, an ICE restart or a reconnect needs no coordination beyond "send it".
 */
import type { CallSignalled, IceServer } from '@mockloop/shared/media/call';

export type PeerSignal = { description?: RTCSessionDescriptionInit; candidate?: RTCIceCandidateInit };

export type LinkState = RTCPeerConnectionState;

/**
 * Perfect negotiation assumes no signal is lost, but a socket that drops mid-offer loses one
 * (and the server cannot deliver to a peer whose socket is between connections). An offer
 * still unanswered after this long is sent again, backing off to OFFER_RETRY_MAX_MS.
 */
const OFFER_RETRY_MS = 3000;
const OFFER_RETRY_MAX_MS = 15_000;
/**
 * ICE candidates travel the same way and can be lost too (or refused while a socket re-joins):
 * negotiation then settles, but ICE never starts checking. A link settled for this long with
 * ICE still `new` restarts ICE, which gathers and sends fresh candidates on both sides.
 */
const ICE_STALL_MS = 8000;

type LinkOptions = {
  polite: boolean;
  iceServers: IceServer[];
  /** Our outgoing tracks (null slots still get a transceiver, so a camera can be added later without renegotiation). */
  outgoing: { audio: MediaStreamTrack | null; video: MediaStreamTrack | null; stream: MediaStream } | null;
  send(signal: PeerSignal): void;
  onChange(): void;
};

export class PeerLink {
  readonly pc: RTCPeerConnection;
  /** What the peer sends us, ready for a <video> element. */
  readonly remote = new MediaStream();
  iceRestarts = 0;
  #makingOffer = false;
  #ignoreOffer = false;
  #settingRemoteAnswer = false;
  readonly #audio: RTCRtpSender | null = null;
  readonly #video: RTCRtpSender | null = null;
  #offerRetry: ReturnType<typeof setTimeout> | undefined;
  #iceWatch: ReturnType<typeof setInterval>;
  #stalledSince: number | null = null;
  /** Counts local descriptions set, so a retry knows its offer is still the latest. */
  #generation = 0;

  constructor(private readonly options: LinkOptions) {
    this.pc = new RTCPeerConnection({ iceServers: options.iceServers as RTCIceServer[] });
    const out = options.outgoing;
    if (out) {
      this.#audio = this.pc.addTransceiver(out.audio ?? 'audio', { direction: 'sendrecv', streams: [out.stream] }).sender;
      this.#video = this.pc.addTransceiver(out.video ?? 'video', { direction: 'sendrecv', streams: [out.stream] }).sender;
    }
    this.pc.onnegotiationneeded = () => void this.#offer();
    this.pc.onicecandidate = ({ candidate }) => {
      if (candidate) options.send({ candidate: candidate.toJSON() });
    };
    this.pc.ontrack = ({ track }) => {
      this.remote.addTrack(track);
      track.onended = () => this.remote.removeTrack(track);
      options.onChange();
    };
    this.#iceWatch = setInterval(() => this.#watchIce(), 1000);
    this.pc.onconnectionstatechange = () => {
      // A changed network (Wi-Fi to cellular, a sleeping laptop) fails ICE: find a new path.
      if (this.pc.connectionState === 'failed') this.restartIce();
      options.onChange();
    };
  }

  #watchIce() {
    const stalled = this.pc.signalingState === 'stable' && this.pc.remoteDescription !== null && this.pc.iceConnectionState === 'new';
    if (!stalled) return void (this.#stalledSince = null);
    this.#stalledSince ??= Date.now();
    if (Date.now() - this.#stalledSince >= ICE_STALL_MS) {
      this.#stalledSince = null;
      this.restartIce();
    }
  }

  get state(): LinkState {
    return this.pc.connectionState;
  }

  async #offer() {
    try {
      this.#makingOffer = true;
      await this.pc.setLocalDescription();
      this.#generation += 1;
      this.#sendLocalDescription();
    } catch {
      // The next negotiationneeded (or the peer's offer) tries again.
    } finally {
      this.#makingOffer = false;
    }
  }

  #sendLocalDescription(retryIn = OFFER_RETRY_MS) {
    const local = this.pc.localDescription;
    if (!local) return;
    this.options.send({ description: { type: local.type, sdp: local.sdp } });
    clearTimeout(this.#offerRetry);
    if (local.type !== 'offer') return;
    const generation = this.#generation;
    this.#offerRetry = setTimeout(() => {
      // Only the same offer, still unanswered (its SDP grows as candidates are gathered, so
      // it is recognised by generation): a newer one has its own timer.
      if (this.pc.signalingState === 'have-local-offer' && this.#generation === generation) {
        this.#sendLocalDescription(Math.min(retryIn * 2, OFFER_RETRY_MAX_MS));
      }
    }, retryIn);
  }

  /** Applies a signal from the peer. */
  async receive(signal: Pick<CallSignalled, 'description' | 'candidate'>): Promise<void> {
    const { description, candidate } = signal;
    if (description) {
      // A resent offer can draw a second answer after the first settled it: nothing to apply.
      if (description.type === 'answer' && this.pc.signalingState === 'stable') return;
      const ready = !this.#makingOffer && (this.pc.signalingState === 'stable' || this.#settingRemoteAnswer);
      const collision = description.type === 'offer' && !ready;
      this.#ignoreOffer = !this.options.polite && collision;
      if (this.#ignoreOffer) return;
      this.#settingRemoteAnswer = description.type === 'answer';
      try {
        await this.pc.setRemoteDescription(description as RTCSessionDescriptionInit);
      } finally {
        this.#settingRemoteAnswer = false;
      }
      if (description.type === 'offer') {
        await this.pc.setLocalDescription();
        this.#generation += 1;
        this.#sendLocalDescription();
      }
    } else if (candidate) {
      try {
        await this.pc.addIceCandidate(candidate as RTCIceCandidateInit);
      } catch (error) {
        if (!this.#ignoreOffer) throw error;
      }
    }
  }

  /** Finds a new network path; the offer that follows goes through perfect negotiation. */
  restartIce() {
    this.iceRestarts += 1;
    this.pc.restartIce();
    this.options.onChange();
  }

  /**
   * After our signalling was cut, an offer of ours may have been lost: send it again, then
   * restart ICE (the network may have changed too) without tearing anything down.
   */
  resume() {
    this.resendOffer();
    this.restartIce();
  }

  /** The peer came back (a new socket): an offer of ours sent while they were away never reached them. */
  resendOffer() {
    if (this.pc.signalingState === 'have-local-offer') this.#sendLocalDescription();
  }

  /** Swaps an outgoing track (mute, camera off, another device) with no renegotiation. */
  async replace(kind: 'audio' | 'video', track: MediaStreamTrack | null) {
    await (kind === 'audio' ? this.#audio : this.#video)?.replaceTrack(track);
  }

  close() {
    clearTimeout(this.#offerRetry);
    clearInterval(this.#iceWatch);
    this.pc.onconnectionstatechange = null;
    this.pc.close();
  }
}
