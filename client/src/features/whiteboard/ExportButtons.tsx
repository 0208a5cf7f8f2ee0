import { exportToBlob, exportToSvg } from '@excalidraw/excalidraw';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import { useState } from 'react';

/** Saves the scene as SVG or PNG, drawn by Excalidraw's own exporters (white background). */
export function ExportButtons({ api, name }: { api: ExcalidrawImperativeAPI | null; name: string }) {
  const [busy, setBusy] = useState(false);
  const file = name.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'whiteboard';

  async function save(kind: 'svg' | 'png') {
    if (!api) return;
    setBusy(true);
    try {
      const elements = api.getSceneElements();
      const appState = { ...api.getAppState(), exportBackground: true, viewBackgroundColor: '#ffffff' };
      const blob =
        kind === 'svg'
          ? // Fonts are referenced, not inlined: inlining subsets them in WebAssembly that needs
            // 'unsafe-eval', which the CSP refuses. Text stays text (a viewer uses its own font).
            new Blob([(await exportToSvg({ elements, appState, files: null, skipInliningFonts: true })).outerHTML], { type: 'image/svg+xml' })
          : await exportToBlob({ elements, appState, files: null, mimeType: 'image/png' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${file}.${kind}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="whiteboard__export">
      <button type="button" className="button" disabled={!api || busy} onClick={() => void save('svg')}>
        Export SVG
      </button>
      <button type="button" className="button" disabled={!api || busy} onClick={() => void save('png')}>
        Export PNG
      </button>
    </div>
  );
}
