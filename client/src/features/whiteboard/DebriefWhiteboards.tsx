import type { LoopView } from '@mockloop/shared/loop/view';
import { hasWhiteboard } from '@mockloop/shared/whiteboard/rules';
import type { WhiteboardScene } from '@mockloop/shared/whiteboard/contract';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { apiFetch } from '../../api/http';
import { loadExcalidraw } from './excalidrawAssets';

const WhiteboardViewer = lazy(() => loadExcalidraw(() => import('./WhiteboardViewer')));

/** The design rounds' whiteboards at the debrief, each opened on request (read-only, exportable). */
export function DebriefWhiteboards({ view, token }: { view: LoopView; token: string }) {
  const designRounds = view.rounds.filter((r) => hasWhiteboard(r.kind));
  if (!designRounds.length) return null;
  return (
    <section className="card stack" aria-labelledby="db-whiteboards-title">
      <h2 id="db-whiteboards-title">Whiteboards</h2>
      {designRounds.map((round) => (
        <RoundBoard key={round.id} loopId={view.loop.id} roundId={round.id} title={`Round ${round.position}: ${round.title}`} token={token} />
      ))}
    </section>
  );
}

function RoundBoard({ loopId, roundId, title, token }: { loopId: string; roundId: string; title: string; token: string }) {
  const [open, setOpen] = useState(false);
  const scene = useQuery({
    queryKey: ['whiteboard', loopId, roundId, token],
    queryFn: ({ signal }) => apiFetch<WhiteboardScene>(`/api/loops/${loopId}/rounds/${roundId}/whiteboard`, { token, signal }),
    enabled: open,
  });
  return (
    <div className="stack stack--tight">
      <h3>{title}</h3>
      {!open ? (
        <p>
          <button type="button" className="button" onClick={() => setOpen(true)} aria-label={`Show the whiteboard of ${title}`}>
            Show the whiteboard
          </button>
        </p>
      ) : scene.data ? (
        <Suspense fallback={<p role="status">Loading the whiteboard…</p>}>
          <WhiteboardViewer scene={scene.data} title={title} />
        </Suspense>
      ) : (
        <p role="status">{scene.error ? scene.error.message : 'Loading the whiteboard…'}</p>
      )}
    </div>
  );
}
