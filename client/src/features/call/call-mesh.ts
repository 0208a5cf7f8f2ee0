/**
 * The round's call as a mesh: one PeerLink per other participant, signalled over the app's
 * socket (`call:join`, `call:signal`...). No React here; the panel subscribes to snapshots.
 * Reconnect is normal: when the socket comes back, the mesh re-joins and restarts ICE on
 * every link, and nobody leaves the call.
 */
import type { CallJoined, CallPeer, CallPeerJoined, CallPeerLeft, CallSignalled } from '@mockloop/shared/media/call';
import { isPolite } from '@mockloop/shared/media/call-roles';
import type { MockLoopSocket } from '../../api/socket';
import { callDebug, candidateSummary } from './call-debug';
import type { LocalMedia } from './local-media';
import { PeerLink, type LinkState, type PeerSignal } from './peer-link';

export type PeerView = {
  peer: CallPeer;
  state: LinkState;
  /** Their socket dropped; media may still flow while they reconnect. */
  away: boolean;
  remote: MediaStream;
  bytesIn: number;
  audioBytesOut: number;
  iceRestarts: number;
  /** Where negotiation stands (signalling/ICE gathering/ICE connection), for diagnosing a call that does not connect. */
  negotiation: string;
};

export type CallSnapshot = {
  phase: 'joining' | 'in-call' | 'ended';
  self: CallPeer | null;
  peers: PeerView[];
  micOn: boolean;
  cameraOn: boolean;
  /** Counts stats readings, so a reader can wait for fresh figures. */
  statsTick: number;
  message: string | null;
};

const STATS_EVERY_MS = 1000;
const REJOIN_RETRY_MS = 2000;
const NO_ANSWER = 'The server did not answer. Check your connection and try again.';

export class CallMesh {
  #links = new Map<string, { peer: CallPeer; link: PeerLink; away: boolean; bytesIn: number; audioBytesOut: number }>();
  #listeners = new Set<() => void>();
  #joined: CallJoined | null = null;
  #snapshot: CallSnapshot;
  #timers: ReturnType<typeof setTimeout>[] = [];
  #refresh: ReturnType<typeof setTimeout> | undefined;
  #off: (() => void)[] = [];
  /** Signals that overtook our own join's answer (the others already know we are here). */
  #early: CallSignalled[] = [];
  #earlyPeers: CallPeer[] = [];
  /** Counts re-joins, so only the latest one acts on its answer. */
  #rejoins = 0;

  constructor(
    private readonly socket: MockLoopSocket,
    private readonly roundId: string,
    private readonly local: LocalMedia | null,
  ) {
    this.#snapshot = { phase: 'joining', self: null, peers: [], micOn: Boolean(local?.audio), cameraOn: Boolean(local?.video), statsTick: 0, message: null };
  }

  /** Whether we send anything (a listen-only join has no local media). */
  get hasLocalMedia(): boolean {
    return this.local !== null;
  }
  get localStream(): MediaStream | null {
    return this.local?.stream ?? null;
  }

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };
  snapshot = () => this.#snapshot;

  #changed(patch: Partial<CallSnapshot> = {}) {
    const peers = [...this.#links.values()].map(({ peer, link, away, bytesIn, audioBytesOut }) => ({
      peer,
      state: link.state,
      away,
      remote: link.remote,
      bytesIn,
      audioBytesOut,
      iceRestarts: link.iceRestarts,
      negotiation: `${link.pc.signalingState}/${link.pc.iceGatheringState}/${link.pc.iceConnectionState}`,
    }));
    this.#snapshot = { ...this.#snapshot, ...patch, peers };
    for (const listener of this.#listeners) listener();
  }

  #on<E extends 'call:peer-joined' | 'call:peer-left' | 'call:signal' | 'connect'>(event: E, handler: (payload: never) => void) {
    const socket = this.socket as unknown as { on(e: string, f: (p: never) => void): void; off(e: string, f: (p: never) => void): void };
    socket.on(event, handler);
    this.#off.push(() => socket.off(event, handler));
  }

  /** Joins the call; resolves with an error message when the server refused. */
  async join(): Promise<string | null> {
    this.#on('call:peer-joined', (fact: CallPeerJoined) => fact.roundId === this.roundId && this.#peerJoined(fact.peer));
    this.#on('call:peer-left', (fact: CallPeerLeft) => this.#peerLeft(fact));
    this.#on('call:signal', (signal: CallSignalled) => this.#signalled(signal));
    // Socket.IO fires `connect` again after every reconnect: re-join and renegotiate.
    this.#on('connect', () => void this.#rejoin());
    const refused = await this.#join();
    if (refused) this.#end(refused);
    else this.#timers.push(setInterval(() => void this.#readStats(), STATS_EVERY_MS));
    return refused;
  }

  async #join(): Promise<string | null> {
    let ack;
    try {
      ack = await this.socket.timeout(8000).emitWithAck('call:join', { roundId: this.roundId });
    } catch {
      return NO_ANSWER;
    }
    if (!ack.ok) return ack.error.message;
    this.#joined = ack.data;
    for (const { link } of this.#links.values()) link.pc.setConfiguration({ iceServers: ack.data.iceServers as RTCIceServer[] });
    for (const peer of [...ack.data.peers, ...this.#earlyPeers.splice(0)]) this.#ensureLink(peer);
    this.#refreshBeforeExpiry(ack.data.iceExpiresAt);
    this.#changed({ phase: 'in-call', self: ack.data.self });
    for (const signal of this.#early.splice(0)) this.#signalled(signal);
    return null;
  }

  #ended = () => this.#snapshot.phase === 'ended';

  async #rejoin() {
    if (!this.#joined || this.#ended()) return;
    const attempt = ++this.#rejoins;
    const known = new Set(this.#links.keys());
    callDebug('mesh', 'socket back: re-joining');
    const refused = await this.#join();
    callDebug('mesh', 're-joined', refused ?? 'ok');
    // A newer re-join (the socket came back again) carries on instead.
    if (attempt !== this.#rejoins || this.#ended()) return;
    if (refused === NO_ANSWER) {
      // A busy server, or a socket cut again: the call goes on while we ask again (a
      // reconnect asks too). Only a refusal ends it.
      if (this.socket.connected) this.#timers.push(setTimeout(() => void this.#rejoin(), REJOIN_RETRY_MS));
      return;
    }
    if (refused) return this.#end(refused);
    for (const [id, entry] of this.#links) {
      entry.away = false;
      if (known.has(id)) entry.link.resume();
    }
    this.#changed();
  }

  /** TURN credentials expire: fetch fresh ones a minute before (the call goes on). */
  #refreshBeforeExpiry(expiresAt: number | null) {
    clearTimeout(this.#refresh);
    if (expiresAt === null) return;
    this.#refresh = setTimeout(() => void this.#rejoin(), Math.max(60_000, expiresAt - Date.now() - 60_000));
  }

  #ensureLink(peer: CallPeer) {
    const self = this.#joined?.self;
    // A peer can join between our call:join and its answer: meet them once we know ourselves.
    if (!self) return void this.#earlyPeers.push(peer);
    if (peer.participantId === self.participantId) return;
    const existing = this.#links.get(peer.participantId);
    if (existing) {
      existing.peer = peer;
      existing.away = false;
      return this.#changed();
    }
    // Two listen-only peers have nothing to say to each other.
    if (!self.sendsMedia && !peer.sendsMedia) return;
    const outgoing = self.sendsMedia && this.local ? { audio: this.#snapshot.micOn ? this.local.audio : null, video: this.local.video, stream: this.local.stream } : null;
    const link = new PeerLink({
      polite: isPolite(self.participantId, peer.participantId),
      iceServers: this.#joined!.iceServers,
      outgoing,
      send: (signal) => this.#send(peer.participantId, signal),
      tag: peer.participantId.slice(0, 4),
      onChange: () => this.#changed(),
    });
    this.#links.set(peer.participantId, { peer, link, away: false, bytesIn: 0, audioBytesOut: 0 });
    this.#changed();
  }

  #peerJoined(peer: CallPeer) {
    callDebug('mesh', 'peer joined', peer.participantId.slice(0, 4), 'known', this.#links.has(peer.participantId));
    // A known peer back on a new socket: an offer we sent while they were away was lost.
    this.#links.get(peer.participantId)?.link.resendOffer();
    this.#ensureLink(peer);
  }

  #send(to: string, signal: PeerSignal) {
    // While disconnected, drop it: the re-join renegotiates, and a buffered signal would
    // reach the server before the re-join and be refused.
    if (!this.socket.connected) return callDebug('mesh', 'dropped while disconnected', to.slice(0, 4), signal.description?.type ?? candidateSummary(signal.candidate));
    const payload = { roundId: this.roundId, to, ...signal } as Parameters<typeof this.socket.emit<'call:signal'>>[1];
    this.socket.emit('call:signal', payload, (ack) => {
      if (!ack.ok) console.warn(`call signal refused: ${ack.error.code}`, signal.description?.type ?? candidateSummary(signal.candidate));
    });
  }

  #signalled(signal: CallSignalled) {
    if (signal.roundId !== this.roundId || this.#snapshot.phase === 'ended') return;
    if (this.#snapshot.phase === 'joining') {
      callDebug('mesh', 'early signal kept', signal.from.slice(0, 4), signal.description?.type ?? candidateSummary(signal.candidate));
      return void this.#early.push(signal);
    }
    const known = this.#links.get(signal.from);
    if (known?.link.startedOver(signal.description)) {
      // They reloaded the page: a new connection of theirs offers, ours has nothing to build on.
      callDebug('mesh', 'peer started over', signal.from.slice(0, 4));
      known.link.close();
      this.#links.delete(signal.from);
      this.#ensureLink(known.peer);
    }
    // A signal can overtake the peer-joined fact (another server process): meet them now.
    if (!this.#links.has(signal.from)) this.#ensureLink({ participantId: signal.from, name: 'Someone', role: 'interviewer', sendsMedia: true });
    this.#links.get(signal.from)?.link.receive(signal).catch((error: unknown) => console.warn('call negotiation step failed', error));
  }

  #peerLeft(fact: CallPeerLeft) {
    if (fact.roundId !== this.roundId) return;
    callDebug('mesh', 'peer left', fact.participantId.slice(0, 4), fact.reason);
    if (fact.participantId === this.#joined?.self.participantId) {
      if (fact.reason === 'replaced') this.#end('You joined this call in another tab or window, so it continues there.');
      return;
    }
    this.#earlyPeers = this.#earlyPeers.filter((peer) => peer.participantId !== fact.participantId);
    const entry = this.#links.get(fact.participantId);
    if (!entry) return;
    if (fact.reason === 'disconnected') entry.away = true;
    else {
      entry.link.close();
      this.#links.delete(fact.participantId);
    }
    this.#changed();
  }

  async #readStats() {
    for (const entry of this.#links.values()) {
      let bytesIn = 0;
      let audioBytesOut = 0;
      const report = await entry.link.pc.getStats().catch(() => null);
      report?.forEach((stat: { type: string; kind?: string; bytesReceived?: number; bytesSent?: number }) => {
        if (stat.type === 'inbound-rtp') bytesIn += stat.bytesReceived ?? 0;
        if (stat.type === 'outbound-rtp' && stat.kind === 'audio') audioBytesOut += stat.bytesSent ?? 0;
      });
      Object.assign(entry, { bytesIn, audioBytesOut });
    }
    this.#changed({ statsTick: this.#snapshot.statsTick + 1 });
  }

  /** Mutes or unmutes: the sender stops sending entirely, not just silence. */
  async setMic(on: boolean) {
    const audio = this.local?.audio;
    if (!audio) return;
    audio.enabled = on;
    await Promise.all([...this.#links.values()].map(({ link }) => link.replace('audio', on ? audio : null)));
    this.#changed({ micOn: on });
  }

  /** Turns the camera off (its light goes out) or on again with `track`. */
  async setCamera(track: MediaStreamTrack | null) {
    if (!this.local) return;
    const old = this.local.video;
    await Promise.all([...this.#links.values()].map(({ link }) => link.replace('video', track)));
    if (old && old !== track) {
      old.stop();
      this.local.stream.removeTrack(old);
    }
    if (track && track !== old) this.local.stream.addTrack(track);
    this.local.video = track;
    this.#changed({ cameraOn: Boolean(track) });
  }

  /** Another microphone, swapped in without renegotiation. */
  async setMicDevice(track: MediaStreamTrack) {
    if (!this.local) return;
    const old = this.local.audio;
    track.enabled = this.#snapshot.micOn;
    if (this.#snapshot.micOn) await Promise.all([...this.#links.values()].map(({ link }) => link.replace('audio', track)));
    if (old) {
      old.stop();
      this.local.stream.removeTrack(old);
    }
    this.local.stream.addTrack(track);
    this.local.audio = track;
    this.#changed();
  }

  #end(message: string | null) {
    for (const stop of this.#off.splice(0)) stop();
    for (const timer of this.#timers.splice(0)) clearTimeout(timer);
    clearTimeout(this.#refresh);
    for (const { link } of this.#links.values()) link.close();
    this.#links.clear();
    this.#changed({ phase: 'ended', message });
  }

  /** Hangs up: tells the others, closes every link. */
  leave() {
    if (this.#snapshot.phase === 'ended') return;
    if (this.socket.connected) this.socket.emit('call:leave', { roundId: this.roundId }, () => undefined);
    this.#end(null);
  }
}
