import { useEffect, useId, useState } from 'react';
import { listDevices, type Devices } from './local-media';

type Props = {
  audioId: string | undefined;
  videoId: string | undefined;
  onAudio(id: string): void;
  onVideo(id: string): void;
};

/** Which microphone and camera to use; re-read when a device is plugged in or out. */
export function DevicePicker({ audioId, videoId, onAudio, onVideo }: Props) {
  const [devices, setDevices] = useState<Devices>({ audio: [], video: [] });
  const id = useId();
  useEffect(() => {
    const read = () => void listDevices().then(setDevices, () => undefined);
    read();
    navigator.mediaDevices?.addEventListener('devicechange', read);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', read);
  }, []);
  return (
    <div className="call-devices">
      {devices.audio.length > 0 ? (
        <p className="call-devices__field">
          <label htmlFor={`${id}-mic`}>Microphone</label>
          <select id={`${id}-mic`} value={audioId ?? ''} onChange={(e) => onAudio(e.target.value)}>
            {devices.audio.map((d, i) => (
              <option key={d.deviceId || i} value={d.deviceId}>
                {d.label || `Microphone ${i + 1}`}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      {devices.video.length > 0 ? (
        <p className="call-devices__field">
          <label htmlFor={`${id}-cam`}>Camera</label>
          <select id={`${id}-cam`} value={videoId ?? ''} onChange={(e) => onVideo(e.target.value)}>
            {devices.video.map((d, i) => (
              <option key={d.deviceId || i} value={d.deviceId}>
                {d.label || `Camera ${i + 1}`}
              </option>
            ))}
          </select>
        </p>
      ) : null}
    </div>
  );
}
