/** A finished round's whiteboard, read-only, with export (the debrief). Loaded lazily. */
import { Excalidraw } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import './whiteboard.css';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import type { WhiteboardScene } from '@mockloop/shared/whiteboard/contract';
import { useEffect, useRef, useState } from 'react';
import { ExportButtons } from './ExportButtons';
import { nameExcalidrawButtons } from './nameExcalidrawButtons';


export default function WhiteboardViewer({ scene, title }: { scene: WhiteboardScene; title: string }) {
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  useEffect(() => (canvasRef.current ? nameExcalidrawButtons(canvasRef.current) : undefined), []);
  return (
    <div className="whiteboard stack stack--tight">
      <div className="whiteboard__bar">
        <p className="text-muted">{scene.elements.some((e) => !e.isDeleted) ? 'Read-only.' : 'Nothing was drawn in this round.'}</p>
        <ExportButtons api={api} name={title} />
      </div>
      <div className="whiteboard__canvas" data-testid="whiteboard-canvas" ref={canvasRef}>
        <Excalidraw
          excalidrawAPI={setApi}
          viewModeEnabled
          initialData={{ elements: scene.elements as never, scrollToContent: true }}
          UIOptions={{ canvasActions: { loadScene: false, export: false, saveAsImage: false, saveToActiveFile: false } }}
          name={title}
        />
      </div>
    </div>
  );
}
