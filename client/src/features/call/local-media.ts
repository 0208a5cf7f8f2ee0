/** The camera and microphone: asking for them, and saying clearly why we could not. */

export type DeviceChoice = { audioId?: string; videoId?: string };

export type LocalMedia = {
  stream: MediaStream;
  audio: MediaStreamTrack | null;
  video: MediaStreamTrack | null;
  /** Set when we fell back to less than asked (no camera, camera busy...). */
  note: string | null;
};

export class MediaProblem extends Error {}

const constraint = (id: string | undefined): MediaTrackConstraints | boolean => (id ? { deviceId: { exact: id } } : true);

/** Words for a getUserMedia failure a person can act on. */
export function explain(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'Your browser blocked the camera and microphone for this site. Allow them in the site settings (the icon next to the address), then try again.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No camera or microphone was found. Plug one in, then try again; you can also join to listen only.';
  if (name === 'NotReadableError' || name === 'AbortError') return 'Another app is using your camera or microphone. Close it, then try again.';
  if (!navigator.mediaDevices?.getUserMedia) return 'This browser cannot use a camera or microphone here (calls need a secure https page).';
  return 'The camera and microphone could not be started. Try again, or join to listen only.';
}

/**
 * Camera and microphone when both work; the microphone alone when the camera is missing,
 * busy or refused (audio-only fallback); a MediaProblem with the reason when neither works.
 */
export async function openLocalMedia(choice: DeviceChoice, wantVideo: boolean): Promise<LocalMedia> {
  if (!navigator.mediaDevices?.getUserMedia) throw new MediaProblem(explain(null));
  if (wantVideo) {
    try {
      return fromStream(await navigator.mediaDevices.getUserMedia({ audio: constraint(choice.audioId), video: constraint(choice.videoId) }), null);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotAllowedError') throw new MediaProblem(explain(error));
    }
  }
  try {
    const note = wantVideo ? 'No camera could be started, so you join with your voice only.' : null;
    return fromStream(await navigator.mediaDevices.getUserMedia({ audio: constraint(choice.audioId) }), note);
  } catch (error) {
    throw new MediaProblem(explain(error));
  }
}

function fromStream(stream: MediaStream, note: string | null): LocalMedia {
  return { stream, audio: stream.getAudioTracks()[0] ?? null, video: stream.getVideoTracks()[0] ?? null, note };
}

/** One new track from a chosen device, to swap into a running call. */
export async function openTrack(kind: 'audio' | 'video', deviceId: string | undefined): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia(kind === 'audio' ? { audio: constraint(deviceId) } : { video: constraint(deviceId) });
  const track = stream.getTracks()[0];
  if (!track) throw new MediaProblem(explain(null));
  return track;
}

export type Devices = { audio: MediaDeviceInfo[]; video: MediaDeviceInfo[] };

/** Microphones and cameras; their labels are only known once permission was given. */
export async function listDevices(): Promise<Devices> {
  const all = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  return { audio: all.filter((d) => d.kind === 'audioinput'), video: all.filter((d) => d.kind === 'videoinput') };
}

export function stopAll(media: LocalMedia | null) {
  for (const track of media?.stream.getTracks() ?? []) track.stop();
}
