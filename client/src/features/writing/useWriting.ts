/**
 * The candidate's exercise kept in sync over the app's socket, as scorecards are: opened on
 * every (re)connect (a snapshot, never relying on missed facts), edited through
 * `WritingAutosave`, updated live by the candidate's other tabs, flushed on `pagehide`.
 */
import type { Ack } from '@mockloop/shared/api/errors';
import type { WritingExercise, WritingOp, WritingPatch, WritingPatchAck, WritingPatched } from '@mockloop/shared/writing/contract';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getSocket } from '../../api/socket';
import { BEAT_EVERY_MS, Outbox } from '../../scorecard/outbox';
import { WRITING_OPS, WritingAutosave, type WritingState } from './autosave';

const PATCH_TIMEOUT_MS = 8000;
const COMMAND_TIMEOUT_MS = 10_000;

export type CommandOutcome = { ok: true } | { ok: false; message: string };

export function useWriting(loopId: string): { autosave: WritingAutosave | null; openError: string | null } {
  const [autosave, setAutosave] = useState<WritingAutosave | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    const socket = getSocket();
    const instance = crypto.randomUUID();
    let engine: WritingAutosave | null = null;
    let outbox: Outbox<WritingOp> | null = null;
    let disposed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const transport = {
      isConnected: () => socket.connected,
      send: (patch: WritingPatch): Promise<Ack<WritingPatchAck>> =>
        socket.connected ? socket.timeout(PATCH_TIMEOUT_MS).emitWithAck('writing:patch', patch) : Promise.reject(new Error('offline')),
    };
    const open = async () => {
      if (!socket.connected || disposed) return;
      try {
        const ack = await socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('writing:open', { loopId });
        if (disposed) return;
        if (!ack.ok) return setOpenError(ack.error.message);
        setOpenError(null);
        if (!engine) {
          outbox = Outbox.claim<WritingOp>({ local: localStorage, session: sessionStorage, scorecardId: ack.data.id, instance, now: Date.now(), rules: WRITING_OPS });
          engine = new WritingAutosave(ack.data, { outbox, transport });
          setAutosave(engine);
        } else engine.open(ack.data);
        engine.connected();
      } catch {
        if (!disposed) retry = setTimeout(() => void open(), 2000);
      }
    };
    const onConnect = () => void open();
    const onDisconnect = () => engine?.disconnected();
    const onPatched = (fact: WritingPatched) => engine?.applyRemote(fact);
    const onChanged = () => void open();
    const onPageHide = () => {
      engine?.flush();
      outbox?.release();
    };
    const beat = setInterval(() => outbox?.beat(Date.now()), BEAT_EVERY_MS);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('writing:patched', onPatched);
    socket.on('writing:changed', onChanged);
    window.addEventListener('pagehide', onPageHide);
    if (socket.connected) void open();
    return () => {
      disposed = true;
      clearTimeout(retry);
      clearInterval(beat);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('writing:patched', onPatched);
      socket.off('writing:changed', onChanged);
      window.removeEventListener('pagehide', onPageHide);
      engine?.dispose();
      outbox?.release();
    };
  }, [loopId]);

  return { autosave, openError };
}

const NO_STATE = () => null;
const NO_SUBSCRIBE = () => () => undefined;

export function useWritingState(autosave: WritingAutosave | null): WritingState | null {
  return useSyncExternalStore(autosave?.subscribe ?? NO_SUBSCRIBE, autosave?.getState ?? NO_STATE);
}

/** Sends `writing:start` or, once every change is stored, `writing:submit`. */
export function useWritingCommand(autosave: WritingAutosave | null, event: 'writing:start' | 'writing:submit'): () => Promise<CommandOutcome> {
  return useCallback(async () => {
    const socket = getSocket();
    if (!autosave) return { ok: false, message: 'The exercise is still loading.' };
    if (!socket.connected) return { ok: false, message: 'You are offline. Your text is kept here; try again once the page reconnects.' };
    if (event === 'writing:submit') {
      const saved = await Promise.race([autosave.whenSaved().then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), COMMAND_TIMEOUT_MS))]);
      if (!saved) return { ok: false, message: 'Some changes are still saving. Try again in a moment.' };
    }
    try {
      const ack: Ack<WritingExercise> = await socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck(event, { exerciseId: autosave.getState().exercise.id });
      if (!ack.ok) return { ok: false, message: ack.error.message };
      autosave.open(ack.data);
      return { ok: true };
    } catch {
      return { ok: false, message: 'The server did not answer in time. Check your connection and try again.' };
    }
  }, [autosave, event]);
}
