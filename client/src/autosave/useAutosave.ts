/**
 * An autosaved document kept in sync over the app's socket, the same for every kind: opened on
 * every (re)connect (a snapshot, never relying on missed facts), edited through `Autosave`,
 * updated live by the author's other tabs, its outbox stamped while the page lives and flushed
 * and released on `pagehide`.
 */
import type { Ack } from '@mockloop/shared/api/errors';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getSocket, type MockLoopSocket } from '../api/socket';
import { Autosave, type AutosaveKind, type AutosaveState, type AutosaveTypes } from './engine';
import { BEAT_EVERY_MS, Outbox } from './outbox';

const PATCH_TIMEOUT_MS = 8000;
const COMMAND_TIMEOUT_MS = 10_000;
const OPEN_RETRY_MS = 2000;

/** The socket with a deadline on its next ack (`socket.timeout(ms)`). */
export type TimedSocket = ReturnType<MockLoopSocket['timeout']>;

/** How one kind of document travels on the socket. `key` names the document the page asks for (a round, a loop). */
export interface AutosaveChannel<T extends AutosaveTypes> {
  open(socket: TimedSocket, key: string): Promise<Ack<T['doc']>>;
  send(socket: TimedSocket, patch: T['patch']): Promise<Ack<{ version: number }>>;
  /** Subscribes to other tabs' patches and to facts after which the document is opened again; returns the unsubscribe. */
  listen(socket: MockLoopSocket, on: { patched(fact: T['fact']): void; changed(documentId: string): void }): () => void;
}

export type CommandOutcome = { ok: true } | { ok: false; message: string };

export function useAutosave<T extends AutosaveTypes>(kind: AutosaveKind<T>, channel: AutosaveChannel<T>, key: string): { autosave: Autosave<T> | null; openError: string | null } {
  const [autosave, setAutosave] = useState<Autosave<T> | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    const socket = getSocket();
    const instance = crypto.randomUUID();
    let engine: Autosave<T> | null = null;
    let outbox: Outbox<T['op']> | null = null;
    let disposed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const transport = {
      isConnected: () => socket.connected,
      send: (patch: T['patch']) => (socket.connected ? channel.send(socket.timeout(PATCH_TIMEOUT_MS), patch) : Promise.reject(new Error('offline'))),
    };

    const open = async () => {
      if (!socket.connected || disposed) return;
      try {
        const ack = await channel.open(socket.timeout(COMMAND_TIMEOUT_MS), key);
        if (disposed) return;
        if (!ack.ok) return setOpenError(ack.error.message);
        setOpenError(null);
        if (!engine) {
          outbox = Outbox.claim({ local: localStorage, session: sessionStorage, documentId: kind.id(ack.data), instance, now: Date.now(), rules: kind.ops });
          engine = new Autosave(kind, ack.data, { outbox, transport });
          setAutosave(engine);
        } else engine.open(ack.data);
        engine.connected();
      } catch {
        if (!disposed) retry = setTimeout(() => void open(), OPEN_RETRY_MS);
      }
    };
    const onConnect = () => void open();
    const onDisconnect = () => engine?.disconnected();
    const unlisten = channel.listen(socket, {
      patched: (fact) => engine?.applyRemote(fact),
      changed: (documentId) => {
        if (engine?.documentId === documentId) void open();
      },
    });
    const onPageHide = () => {
      engine?.flush();
      outbox?.release();
    };
    const beat = setInterval(() => outbox?.beat(Date.now()), BEAT_EVERY_MS);

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    window.addEventListener('pagehide', onPageHide);
    if (socket.connected) void open();
    return () => {
      disposed = true;
      clearTimeout(retry);
      clearInterval(beat);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      unlisten();
      window.removeEventListener('pagehide', onPageHide);
      engine?.dispose();
      outbox?.release();
    };
  }, [kind, channel, key]);

  return { autosave, openError };
}

const NO_STATE = () => null;
const NO_SUBSCRIBE = () => () => undefined;

/** React's view of an autosave (null until the document is open). */
export function useAutosaveState<T extends AutosaveTypes>(autosave: Autosave<T> | null): AutosaveState<T> | null {
  return useSyncExternalStore(autosave?.subscribe ?? NO_SUBSCRIBE, autosave?.getState ?? NO_STATE);
}

type CommandOptions = {
  /** Wait until every change typed here is stored first (a submit). */
  waitForSaved: boolean;
  words: { loading: string; offline: string };
};

/** A command on the document (start, submit); the document it answers with is opened. */
export function useAutosaveCommand<T extends AutosaveTypes>(
  autosave: Autosave<T> | null,
  send: (socket: TimedSocket, documentId: string) => Promise<Ack<T['doc']>>,
  { waitForSaved, words }: CommandOptions,
): () => Promise<CommandOutcome> {
  return useCallback(async () => {
    const socket = getSocket();
    if (!autosave) return { ok: false, message: words.loading };
    if (!socket.connected) return { ok: false, message: words.offline };
    if (waitForSaved) {
      const saved = await Promise.race([autosave.whenSaved().then(() => true), delay(COMMAND_TIMEOUT_MS).then(() => false)]);
      if (!saved) return { ok: false, message: 'Some changes are still saving. Try again in a moment.' };
    }
    try {
      const ack = await send(socket.timeout(COMMAND_TIMEOUT_MS), autosave.documentId);
      if (!ack.ok) return { ok: false, message: ack.error.message };
      autosave.open(ack.data);
      return { ok: true };
    } catch {
      return { ok: false, message: 'The server did not answer in time. Check your connection and try again.' };
    }
  }, [autosave, send, waitForSaved, words]);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
