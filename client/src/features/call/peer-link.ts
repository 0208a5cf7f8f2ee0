/**
 * One RTCPeerConnection to one peer, negotiated with the "perfect negotiation" pattern
 * (W3C WebRTC spec, section 10.7): both ends may offer at any time; on a collision the polite
 * end rolls its own offer back and answers, the impolite end ignores the other offer. So a
 * new camera, an ICE restart or a reconnect needs no coordination beyond "send it".
 */
import type { CallSignalled, IceServer } from '@mockloop/shared/media/call';
import { callDebug, candidateSummary, descriptionSummary, traceConnection, ufragOf } from './call-debug';
import { arrivalOf, originOf, sameOrigin, type Origin } from './description-order';
import { watchIceStall } from './ice-stall';

export type PeerSignal = { description?: RTCSessionDescriptionInit; candidate?: RTCIceCandidateInit };

export type LinkState = RTCPeerConnectionState;

/**
 * Perfect negotiation assumes no signal is lost, but a socket that drops mid-offer loses one
 * (and the server cannot deliver to a peer whose socket is between connections). An offer
 * still unanswered after this long is sent again, backing off to OFFER_RETRY_MAX_MS. On a
 * slow machine the answer may just be late, so the peer recognises a copy and answers it
 * with the answer it already gave (description-order.ts), never with a new negotiation.
 */
const OFFER_RETRY_MS = 3000;
const OFFER_RETRY_MAX_MS = 15_000;
/**
 * Chromium never gathers a candidate (not even after restartIce) on a connection whose first
 * offer was rolled back before that offer's first candidate: the peer then sits at
 * stable/complete/new for good. Both ends offer when a call starts and the polite end rolls
 * its offer back, so it first waits, at most this long, for that first candidate.
 */
const FIRST_CANDIDATE_WAIT_MS = 3000;

type LinkOptions = {
  polite: boolean;
  iceServers: IceServer[];
  /** Our outgoing tracks (null slots still get a transceiver, so a camera can be added later without renegotiation). */
  outgoing: { audio: MediaStreamTrack | null; video: MediaStreamTrack | null; stream: MediaStream } | null;
  send(signal: PeerSignal): void;
  onChange(): void;
  /** Names the peer in debug traces. */
  tag?: string;
};

export class PeerLink {
  readonly pc: RTCPeerConnection;
  /** What the peer sends us, ready for a <video> element. */
  readonly remote = new MediaStream();
  iceRestarts = 0;
  #makingOffer = false;
  #ignoreOffer = false;
  readonly #audio: RTCRtpSender | null = null;
  readonly #video: RTCRtpSender | null = null;
  #offerRetry: ReturnType<typeof setTimeout> | undefined;
  readonly #stopIceWatch: () => void;
  /** Counts local descriptions set, so a retry knows its offer is still the latest. */
  #generation = 0;
  /** The newest description applied from the peer: copies and older ones are not applied again. */
  #applied: Origin | null = null;
  /** The peer's signals, applied one at a time in the order they came. */
  #inbox: Promise<void> = Promise.resolve();
  /** Settles once this connection has gathered its first candidate (or finished gathering without one). */
  readonly #gatheringStarted: Promise<void>;

  constructor(private readonly options: LinkOptions) {
    this.pc = new RTCPeerConnection({ iceServers: options.iceServers as RTCIceServer[] });
    const out = options.outgoing;
    if (out) {
      this.#audio = this.pc.addTransceiver(out.audio ?? 'audio', { direction: 'sendrecv', streams: [out.stream] }).sender;
      this.#video = this.pc.addTransceiver(out.video ?? 'video', { direction: 'sendrecv', streams: [out.stream] }).sender;
    }
    let gatheringStarted!: () => void;
    this.#gatheringStarted = new Promise((resolve) => (gatheringStarted = resolve));
    this.pc.onnegotiationneeded = () => void this.#offer();
    this.pc.onicecandidate = ({ candidate }) => {
      gatheringStarted();
      this.#debug('local candidate', candidateSummary(candidate));
      if (candidate) options.send({ candidate: candidate.toJSON() });
    };
    this.pc.ontrack = ({ track }) => {
      this.remote.addTrack(track);
      track.onended = () => this.remote.removeTrack(track);
      options.onChange();
    };
    this.pc.onconnectionstatechange = () => {
      // A changed network (Wi-Fi to cellular, a sleeping laptop) fails ICE: find a new path.
      if (this.pc.connectionState === 'failed') this.restartIce('failed');
      options.onChange();
    };
    traceConnection(this.pc, (...parts) => this.#debug(...parts));
    this.#stopIceWatch = watchIceStall(this.pc, () => this.restartIce('ICE stalled'));
  }

  #debug(...parts: unknown[]) {
    callDebug(`${this.options.tag ?? '?'} ${this.options.polite ? 'polite' : 'impolite'}`, ...parts);
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
    this.#debug('send', descriptionSummary(local), 'gen', this.#generation);
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

  /**
   * Whether this offer comes from another RTCPeerConnection of the peer than the one we
   * negotiated with (they reloaded the page): ours cannot take it, a new link must.
   */
  startedOver(description: CallSignalled['description']): boolean {
    return description?.type === 'offer' && arrivalOf(originOf(description.sdp), this.#applied) === 'restarted';
  }

  /** Applies a signal from the peer, once every signal that came before it is applied. */
  receive(signal: Pick<CallSignalled, 'description' | 'candidate'>): Promise<void> {
    const { description, candidate } = signal;
    const applied = this.#inbox.then(() => (description ? this.#applyDescription(description) : candidate ? this.#applyCandidate(candidate) : undefined));
    this.#inbox = applied.catch(() => undefined);
    return applied;
  }

  async #applyDescription(description: NonNullable<CallSignalled['description']>) {
    const origin = originOf(description.sdp);
    this.#debug('received', descriptionSummary(description), 'in', this.pc.signalingState, this.#makingOffer ? '(making an offer)' : '');
    if (arrivalOf(origin, this.#applied) === 'repeat') return this.#repeated(description.type, origin);
    // An answer is only ever for our outstanding offer; a late one must not settle a newer offer.
    if (description.type === 'answer' && this.pc.signalingState !== 'have-local-offer') return this.#debug('answer with no offer waiting: ignored');
    // Signals are applied one at a time, so no answer is half-applied here (the spec's
    // isSettingRemoteAnswerPending case cannot arise).
    const collision = description.type === 'offer' && (this.#makingOffer || this.pc.signalingState !== 'stable');
    this.#ignoreOffer = !this.options.polite && collision;
    if (this.#ignoreOffer) return this.#debug('colliding offer ignored');
    if (collision) await this.#letGatheringStart();
    await this.pc.setRemoteDescription(description as RTCSessionDescriptionInit);
    this.#applied = origin ?? this.#applied;
    if (description.type === 'offer') {
      await this.pc.setLocalDescription();
      this.#generation += 1;
      this.#sendLocalDescription();
    }
  }

  /** Before our offer is rolled back (see FIRST_CANDIDATE_WAIT_MS). */
  async #letGatheringStart() {
    const since = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_CANDIDATE_WAIT_MS)));
    await Promise.race([this.#gatheringStarted, limit]);
    clearTimeout(timer);
    this.#debug('rolling our offer back after', Math.round(performance.now() - since), 'ms');
  }

  async #applyCandidate(candidate: NonNullable<CallSignalled['candidate']>) {
    try {
      await this.pc.addIceCandidate(candidate as RTCIceCandidateInit);
      this.#debug('remote candidate', candidateSummary(candidate), 'ice', this.pc.iceConnectionState);
    } catch (error) {
      // Candidates of an offer we ignored, or of one lost on the way (its copy carries them in
      // its SDP), have no description to join: nothing is missed by dropping them.
      const unusable = this.#ignoreOffer || this.pc.remoteDescription === null;
      this.#debug('remote candidate', candidateSummary(candidate), unusable ? 'dropped' : 'refused', 'remote ufrag', ufragOf(this.pc.remoteDescription?.sdp), String(error));
      if (!unusable) throw error;
    }
  }

  /**
   * A copy of a description we applied (or an older one). If it is the offer our current
   * answer answers, the peer never got that answer: send the same answer again.
   */
  #repeated(type: RTCSdpType, origin: Origin | null) {
    const answer = this.pc.currentLocalDescription;
    const answered = type === 'offer' && answer?.type === 'answer' && sameOrigin(originOf(this.pc.currentRemoteDescription?.sdp), origin);
    this.#debug('copy of', type, 'v', origin?.version, answered ? 'answered again' : 'ignored');
    if (answered) this.options.send({ description: { type: 'answer', sdp: answer.sdp } });
  }

  /** Finds a new network path; the offer that follows goes through perfect negotiation. */
  restartIce(why: string) {
    this.#debug('restart ice:', why);
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
    this.restartIce('resume');
  }

  /** The peer came back (a new socket): an offer of ours sent while they were away never reached them. */
  resendOffer() {
    this.#debug('resend offer?', this.pc.signalingState);
    if (this.pc.signalingState === 'have-local-offer') this.#sendLocalDescription();
  }

  /** Swaps an outgoing track (mute, camera off, another device) with no renegotiation. */
  async replace(kind: 'audio' | 'video', track: MediaStreamTrack | null) {
    await (kind === 'audio' ? this.#audio : this.#video)?.replaceTrack(track);
  }

  close() {
    clearTimeout(this.#offerRetry);
    this.#stopIceWatch();
    this.pc.onconnectionstatechange = null;
    this.pc.close();
  }
}
