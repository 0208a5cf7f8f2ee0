import { useEffect, useRef } from 'react';

/**
 * How loud the microphone is, from an AudioContext analyser: the pre-join check that the
 * right microphone is picked and not muted in the system. Updated outside React, ten times
 * a second, so speaking does not re-render the panel.
 */
export function MicMeter({ track }: { track: MediaStreamTrack | null }) {
  const meter = useRef<HTMLMeterElement>(null);
  useEffect(() => {
    if (!track) return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      // RMS to a 0..1 scale that moves visibly for normal speech.
      if (meter.current) meter.current.value = Math.min(1, Math.sqrt(sum / samples.length) * 4);
    }, 100);
    return () => {
      clearInterval(timer);
      void context.close();
    };
  }, [track]);
  if (!track) return null;
  return (
    <label className="call-meter">
      <span>Microphone level</span>
      <meter ref={meter} min={0} max={1} low={0.05} optimum={0.3} value={0} />
    </label>
  );
}
