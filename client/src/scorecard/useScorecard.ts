/**
 * The interviewer's scorecard for a round, kept in sync over the app's socket: opened on every
 * (re)connect (a snapshot, never relying on missed facts), edited through `ScorecardAutosave`,
 * and updated live by the author's other tabs.
 */
import type { Ack, PatchAck, ScorecardPatch, ScorecardPatched } from '@mockloop/shared';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getSocket } from '../api/socket';
import { ScorecardAutosave, type AutosaveState } from './autosave';
import { BEAT_EVERY_MS, Outbox } from './outbox';

const PATCH_TIMEOUT_MS = 8000;
const OPEN_TIMEOUT_MS = 10_000;
const SUBMIT_TIMEOUT_MS = 10_000;
const OPEN_RETRY_MS = 2000;

export type SubmitOutcome = { ok: true } | { ok: false; message: string };

export function useScorecard(roundId: string): { autosave: ScorecardAutosave | null; openError: string | null } {
  const [autosave, setAutosave] = useState<ScorecardAutosave | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    const socket = getSocket();
    const instance = crypto.randomUUID();
    let engine: ScorecardAutosave | null = null;
    let outbox: Outbox | null = null;
    let disposed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const transport = {
      isConnected: () => socket.connected,
      send: (patch: ScorecardPatch): Promise<Ack<PatchAck>> =>
        socket.connected ? socket.timeout(PATCH_TIMEOUT_MS).emitWithAck('scorecard:patch', patch) : Promise.reject(new Error('offline')),
    };

    const open = async () => {
      if (!socket.connected || disposed) return;
      try {
        const ack = await socket.timeout(OPEN_TIMEOUT_MS).emitWithAck('scorecard:open', { roundId });
        if (disposed) return;
        if (!ack.ok) return setOpenError(ack.error.message);
        setOpenError(null);
        if (!engine) {
          outbox = Outbox.claim({ local: localStorage, session: sessionStorage, scorecardId: ack.data.id, instance, now: Date.now() });
          engine = new ScorecardAutosave(ack.data, { outbox, transport });
          setAutosave(engine);
        } else engine.open(ack.data);
        engine.connected();
      } catch {
        if (!disposed) retry = setTimeout(() => void open(), OPEN_RETRY_MS);
      }
    };
    const onConnect = () => void open();
    const onDisconnect = () => engine?.disconnected();
    const onPatched = (fact: ScorecardPatched) => engine?.applyRemote(fact);
    const onSubmitted = (fact: { scorecardId: string }) => {
      if (engine?.getState().card.id === fact.scorecardId) void open();
    };
    const onPageHide = () => {
      engine?.flush();
      outbox?.release();
    };
    const beat = setInterval(() => outbox?.beat(Date.now()), BEAT_EVERY_MS);

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('scorecard:patched', onPatched);
    socket.on('scorecard:submitted', onSubmitted);
    window.addEventListener('pagehide', onPageHide);
    if (socket.connected) void open();
    return () => {
      disposed = true;
      clearTimeout(retry);
      clearInterval(beat);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('scorecard:patched', onPatched);
      socket.off('scorecard:submitted', onSubmitted);
      window.removeEventListener('pagehide', onPageHide);
      engine?.dispose();
      outbox?.release();
    };
  }, [roundId]);

  return { autosave, openError };
}

const NO_STATE = () => null;
const NO_SUBSCRIBE = () => () => undefined;

/** React's view of an autosave (null until the scorecard is open). */
export function useAutosaveState(autosave: ScorecardAutosave | null): AutosaveState | null {
  return useSyncExternalStore(autosave?.subscribe ?? NO_SUBSCRIBE, autosave?.getState ?? NO_STATE);
}

/** Waits for every change to be stored, then asks the server to check and lock the scorecard. */
export function useSubmitScorecard(autosave: ScorecardAutosave | null): () => Promise<SubmitOutcome> {
  return useCallback(async () => {
    const socket = getSocket();
    if (!autosave) return { ok: false, message: 'The scorecard is still loading.' };
    if (!socket.connected) return { ok: false, message: 'You are offline. Your changes are kept here; submit once the page reconnects.' };
    const saved = await Promise.race([autosave.whenSaved().then(() => true), delay(SUBMIT_TIMEOUT_MS).then(() => false)]);
    if (!saved) return { ok: false, message: 'Some changes are still saving. Try again in a moment.' };
    try {
      const ack = await socket.timeout(SUBMIT_TIMEOUT_MS).emitWithAck('scorecard:submit', { scorecardId: autosave.getState().card.id });
      if (!ack.ok) return { ok: false, message: ack.error.message };
      autosave.open(ack.data);
      return { ok: true };
    } catch {
      return { ok: false, message: 'The server did not answer in time. Check your connection and try again.' };
    }
  }, [autosave]);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
