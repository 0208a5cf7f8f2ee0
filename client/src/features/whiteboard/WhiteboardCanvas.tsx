/**
 * The whiteboard itself: Excalidraw (MIT, the drawing tool collaborative whiteboards are built
 * on) plus our sync. This module is loaded lazily, only on design rounds and in the debrief on
 * request, so no other page pays for the drawing library.
 */
import { CaptureUpdateAction, Excalidraw, reconcileElements, restoreElements } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import './whiteboard.css';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import type { WhiteboardElement, WhiteboardScene } from '@mockloop/shared/whiteboard/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getSocket } from '../../api/socket';
import { ExportButtons } from './ExportButtons';
import { nameExcalidrawButtons } from './nameExcalidrawButtons';
import { WhiteboardSync, type SyncStatus } from './whiteboardSync';

type Api = ExcalidrawImperativeAPI;
type SceneElements = Parameters<Api['updateScene']>[0]['elements'];

/** Merges server elements into the canvas with Excalidraw's own rule (an element being edited stays local). */
function mergeInto(api: Api, incoming: readonly WhiteboardElement[]) {
  const remote = restoreElements(incoming as never, null);
  const merged = reconcileElements(api.getSceneElementsIncludingDeleted(), remote as never, api.getAppState());
  api.updateScene({ elements: merged as SceneElements, captureUpdate: CaptureUpdateAction.NEVER });
}

/** Images are not shared (their pictures live outside the scene); files are not loaded or saved here. */
const UI_OPTIONS = { tools: { image: false }, canvasActions: { loadScene: false, export: false, saveAsImage: false, saveToActiveFile: false } } as const;

const STATUS_TEXT: Record<SyncStatus, string> = {
  opening: 'Opening the whiteboard…',
  saved: 'All changes saved.',
  saving: 'Saving…',
  offline: 'Reconnecting…',
  problem: '',
};

/** The live whiteboard of a round: draw (candidate, interviewer) or watch (shadows, Bar Raiser). */
export default function WhiteboardCanvas({ roundId, title }: { roundId: string; title: string }) {
  const [api, setApi] = useState<Api | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  useEffect(() => (canvasRef.current ? nameExcalidrawButtons(canvasRef.current) : undefined), []);
  const [canDraw, setCanDraw] = useState(false);
  const [status, setStatus] = useState<{ status: SyncStatus; message?: string | undefined }>({ status: 'opening' });
  const syncRef = useRef<WhiteboardSync | null>(null);
  // Stable props: the status line re-renders often, the canvas need not.
  const onChange = useCallback((elements: readonly unknown[]) => syncRef.current?.localChange(elements as WhiteboardElement[]), []);

  useEffect(() => {
    if (!api) return;
    const socket = getSocket();
    let opened = false;
    const sync = new WhiteboardSync(
      roundId,
      {
        open: (id) => socket.timeout(10_000).emitWithAck('whiteboard:open', { roundId: id }),
        update: (update) => socket.timeout(10_000).emitWithAck('whiteboard:update', update),
        connected: () => socket.connected,
      },
      {
        onScene: (scene: WhiteboardScene) => {
          setCanDraw(scene.canDraw);
          mergeInto(api, scene.elements as WhiteboardElement[]);
          // A late joiner (or a phone) starts looking at the drawing, not at empty canvas.
          if (!opened && scene.elements.length) api.scrollToContent(undefined, { fitToViewport: true, viewportZoomFactor: 0.9 });
          opened = true;
        },
        onRemote: (elements) => mergeInto(api, elements),
        onStatus: (next, message) => setStatus({ status: next, message }),
      },
    );
    syncRef.current = sync;
    const onConnect = () => void sync.open();
    const onDisconnect = () => sync.disconnected();
    const onUpdated = sync.remote.bind(sync);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('whiteboard:updated', onUpdated);
    const flush = () => sync.flush();
    window.addEventListener('pagehide', flush);
    if (socket.connected) void sync.open();
    return () => {
      sync.flush();
      sync.close();
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('whiteboard:updated', onUpdated);
      window.removeEventListener('pagehide', flush);
      syncRef.current = null;
    };
  }, [api, roundId]);

  return (
    <div className="whiteboard stack stack--tight">
      <div className="whiteboard__bar">
        <p className="text-muted whiteboard__status" data-sync={status.status}>
          {canDraw ? '' : 'You are watching: only the candidate and the interviewer draw. '}
          {status.message ?? STATUS_TEXT[status.status]}
        </p>
        {/* Only what needs attention is announced, not "Saving…" every few hundred ms. */}
        <p className="visually-hidden" role="status">
          {status.status === 'offline' || status.status === 'problem' ? (status.message ?? STATUS_TEXT[status.status]) : ''}
        </p>
        <ExportButtons api={api} name={title} />
      </div>
      <div className="whiteboard__canvas" data-testid="whiteboard-canvas" ref={canvasRef}>
        <Excalidraw
          excalidrawAPI={setApi}
          viewModeEnabled={!canDraw}
          onChange={onChange}
          UIOptions={UI_OPTIONS}
          name={title}
        />
      </div>
    </div>
  );
}
