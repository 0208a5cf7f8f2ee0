/**
 * The round's voice and video, loaded only when someone opens it (a lazy chunk, so the round
 * page's first visit does not grow). Before joining: a camera preview, a microphone level and
 * device choice; in the call: one tile per person with their connection state, and toggles.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { getSocket } from '../../api/socket';
import { CallMesh, type CallSnapshot } from './call-mesh';
import { DevicePicker } from './DevicePicker';
import { explain, MediaProblem, openLocalMedia, openTrack, stopAll, type DeviceChoice, type LocalMedia } from './local-media';
import { MicMeter } from './MicMeter';
import { PeerTile } from './PeerTile';
import './call.css';

type Props = { roundId: string; sendsMedia: boolean };

const reason = (error: unknown) => (error instanceof MediaProblem ? error.message : explain(error));

export default function CallPanel({ roundId, sendsMedia }: Props) {
  const [local, setLocalState] = useState<LocalMedia | null>(null);
  const localRef = useRef<LocalMedia | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [choice, setChoice] = useState<DeviceChoice>({});
  const [mesh, setMesh] = useState<CallMesh | null>(null);
  // Each check (and unmounting) starts a new generation; a late answer from an older one is stopped at once.
  const generation = useRef(0);

  const setLocal = (media: LocalMedia | null) => {
    if (localRef.current !== media) stopAll(localRef.current);
    localRef.current = media;
    setLocalState(media);
  };

  async function check(next: DeviceChoice) {
    const mine = ++generation.current;
    setChoice(next);
    setChecking(true);
    setProblem(null);
    try {
      const media = await openLocalMedia(next, true);
      if (mine !== generation.current) return stopAll(media);
      setLocal(media);
    } catch (error) {
      if (mine !== generation.current) return;
      setLocal(null);
      setProblem(reason(error));
    } finally {
      if (mine === generation.current) setChecking(false);
    }
  }

  // Opened on purpose (the click that loaded this panel), so asking for the devices is expected.
  useEffect(() => {
    if (sendsMedia) void check({});
    return () => {
      generation.current += 1;
      setLocal(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sendsMedia]);

  useEffect(() => () => mesh?.leave(), [mesh]);

  async function join(withMedia: boolean) {
    const next = new CallMesh(getSocket(), roundId, withMedia ? localRef.current : null);
    setMesh(next);
    await next.join();
  }

  if (mesh) return <InCall mesh={mesh} choice={choice} setChoice={setChoice} onProblem={setProblem} problem={problem} onLeave={() => setMesh(null)} />;

  return (
    <div className="stack call-prejoin">
      {!sendsMedia ? <p>You join listen-only, as a shadow: you hear and see the round; nobody hears or sees you.</p> : null}
      {sendsMedia && local?.video ? <LocalPreview stream={local.stream} /> : null}
      {sendsMedia && local ? <MicMeter track={local.audio} /> : null}
      {local?.note ? <p className="call-note">{local.note}</p> : null}
      {problem ? (
        <p className="call-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {checking ? <p role="status">Starting your camera and microphone…</p> : null}
      {sendsMedia && local ? (
        <DevicePicker audioId={choice.audioId ?? local.audio?.getSettings().deviceId} videoId={choice.videoId ?? local.video?.getSettings().deviceId} onAudio={(audioId) => void check({ ...choice, audioId })} onVideo={(videoId) => void check({ ...choice, videoId })} />
      ) : null}
      <div className="call-actions">
        {sendsMedia && local ? (
          <button type="button" className="button button--primary" onClick={() => void join(true)}>
            Join the call
          </button>
        ) : null}
        {sendsMedia && problem ? (
          <button type="button" className="button" onClick={() => void check(choice)}>
            Try again
          </button>
        ) : null}
        {!sendsMedia || problem ? (
          <button type="button" className={sendsMedia ? 'button' : 'button button--primary'} onClick={() => void join(false)}>
            Join to listen only
          </button>
        ) : null}
      </div>
    </div>
  );
}

function LocalPreview({ stream }: { stream: MediaStream }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  return <video ref={video} className="call-video call-video--self" autoPlay playsInline muted aria-label="Your camera preview" />;
}

type InCallProps = {
  mesh: CallMesh;
  choice: DeviceChoice;
  setChoice(choice: DeviceChoice): void;
  problem: string | null;
  onProblem(message: string | null): void;
  onLeave(): void;
};

function InCall({ mesh, choice, setChoice, problem, onProblem, onLeave }: InCallProps) {
  const call: CallSnapshot = useSyncExternalStore(mesh.subscribe, mesh.snapshot);
  const sending = Boolean(call.self?.sendsMedia) && mesh.hasLocalMedia;
  const ownStream = mesh.localStream;
  const attempt = (action: () => Promise<void>) => void action().then(() => onProblem(null), (error: unknown) => onProblem(reason(error)));

  if (call.phase === 'ended') {
    return (
      <div className="stack">
        <p role="status">{call.message ?? 'You left the call.'}</p>
        <div className="call-actions">
          <button type="button" className="button button--primary" onClick={onLeave}>
            Back to the call check
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="stack" data-stats-tick={call.statsTick} data-call-phase={call.phase}>
      <p role="status" className="text-muted">
        {call.phase === 'joining' ? 'Joining the call…' : call.peers.length === 0 ? 'You are in the call. Nobody else is here yet.' : `You are in the call with ${call.peers.length} ${call.peers.length === 1 ? 'other person' : 'others'}.`}
      </p>
      {problem ? (
        <p className="call-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="call-tiles" aria-label="People in the call">
        {sending && call.cameraOn && ownStream ? (
          <li className="call-tile">
            <LocalPreview stream={ownStream} />
            <p className="call-tile__name">
              <strong>You</strong> {call.micOn ? null : <span className="text-muted">muted</span>}
            </p>
          </li>
        ) : null}
        {call.peers.map((view) => (
          <PeerTile key={view.peer.participantId} view={view} />
        ))}
      </ul>
      {sending ? (
        <>
          <div className="call-actions" role="group" aria-label="Your microphone and camera">
            <button type="button" className="button" onClick={() => attempt(() => mesh.setMic(!call.micOn))}>
              {call.micOn ? 'Mute' : 'Unmute'}
            </button>
            <button type="button" className="button" onClick={() => attempt(async () => mesh.setCamera(call.cameraOn ? null : await openTrack('video', choice.videoId)))}>
              {call.cameraOn ? 'Turn camera off' : 'Turn camera on'}
            </button>
          </div>
          <DevicePicker
            audioId={choice.audioId}
            videoId={choice.videoId}
            onAudio={(audioId) => (setChoice({ ...choice, audioId }), attempt(async () => mesh.setMicDevice(await openTrack('audio', audioId))))}
            onVideo={(videoId) => (setChoice({ ...choice, videoId }), call.cameraOn ? attempt(async () => mesh.setCamera(await openTrack('video', videoId))) : undefined)}
          />
        </>
      ) : null}
      <div className="call-actions">
        <button type="button" className="button" onClick={() => (mesh.leave(), onLeave())}>
          Leave the call
        </button>
      </div>
    </div>
  );
}
