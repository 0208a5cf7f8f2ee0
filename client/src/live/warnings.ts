/**
 * Warnings as a round runs: 10, 5 and 1 minutes left and every phase change. Which warnings
 * fell is the shared clock's answer to "what crossed between the last frame and this one?",
 * so every screen warns at the same moment however late it looks. While the tab is hidden
 * (the interviewer is in the video call) frames stop, so one timer waits for the next warning
 * and the optional beep still sounds.
 */
import { nextWarning, warningsBetween, type ClockState, type ClockWarning } from '@mockloop/shared';
import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { serverNow } from './clockSync';
import { onFrame } from './frames';

/** The words shown and announced for a warning. */
function warningText(warning: ClockWarning): string {
  if (warning.kind === 'phase-change') return `Next phase: ${warning.label}`;
  return warning.minutesLeft === 1 ? '1 minute left' : `${warning.minutesLeft} minutes left`;
}

export interface ActiveWarning {
  /** Grows with each batch, so the same words twice still count as a new warning. */
  id: number;
  text: string;
  kind: ClockWarning['kind'];
}

const SHOWN_FOR_MS = 60_000;
let nextId = 1;

/** The latest warning of a running clock (shown for a minute), plus a way to dismiss it. */
export function useClockWarnings(clock: ClockState | undefined): [ActiveWarning | null, () => void] {
  const [warning, setWarning] = useState<ActiveWarning | null>(null);
  const fire = useEffectEvent((crossed: ClockWarning[]) => {
    const last = crossed[crossed.length - 1];
    if (!last) return;
    setWarning({ id: nextId++, text: crossed.map(warningText).join('. '), kind: last.kind });
    if (warningSoundEnabled()) beep();
  });

  useEffect(() => {
    if (!clock || clock.status !== 'running') return;
    // A new clock state (resumed, extended) does not describe the time before it arrived.
    let last = serverNow();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (now: number) => {
      if (now <= last) return;
      const crossed = warningsBetween(clock, last, now);
      last = now;
      if (crossed.length > 0) fire(crossed);
    };
    const armWhileHidden = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') return;
      const due = nextWarning(clock, serverNow())?.dueAt;
      if (due == null) return;
      timer = setTimeout(() => {
        check(serverNow());
        armWhileHidden();
      }, Math.max(0, due - serverNow()) + 50);
    };
    const stopFrames = onFrame(check);
    document.addEventListener('visibilitychange', armWhileHidden);
    armWhileHidden();
    return () => {
      stopFrames();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', armWhileHidden);
    };
  }, [clock]);

  useEffect(() => {
    if (!warning) return;
    const timer = setTimeout(() => setWarning(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [warning]);

  return [warning, () => setWarning(null)];
}

/* The optional beep: off by default, remembered per browser. */

const SOUND_KEY = 'mockloop:warning-sound';
const soundListeners = new Set<() => void>();

function warningSoundEnabled(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

function subscribeSound(listener: () => void): () => void {
  soundListeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    soundListeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Whether warnings beep, and a setter that remembers the choice in this browser. */
export function useWarningSound(): [boolean, (on: boolean) => void] {
  const enabled = useSyncExternalStore(subscribeSound, warningSoundEnabled, () => false);
  // After a reload the browser keeps audio suspended until the person interacts with the page.
  useEffect(() => {
    if (!enabled) return;
    const stop = () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
    const unlock = () => {
      wakeAudio();
      stop();
    };
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return stop;
  }, [enabled]);
  const setEnabled = (on: boolean) => {
    try {
      localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    } catch {
      // Storage may be blocked; the choice then lasts only until the page reloads.
    }
    for (const listener of soundListeners) listener();
    // Turning sound on is a click: the moment a browser lets a page start audio. A short
    // beep also tells the person what they will hear.
    if (on) beep();
  };
  return [enabled, setEnabled];
}

let audio: AudioContext | null = null;

function wakeAudio(): AudioContext | null {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
    return audio;
  } catch {
    return null;
  }
}

/** A short, soft beep through the Web Audio API; silent if the browser has no audio. */
function beep(): void {
  const audio = wakeAudio();
  if (!audio) return;
  try {
    const start = audio.currentTime + 0.01;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.08, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    tone.connect(gain).connect(audio.destination);
    tone.start(start);
    tone.stop(start + 0.3);
  } catch {
    // No Web Audio (or blocked): the visual warning is enough.
  }
}
