import type { AgendaRound, Viewer } from '@mockloop/shared/loop/view';
import { whiteboardAccessOf } from '@mockloop/shared/whiteboard/access';
import { lazy, Suspense } from 'react';
import { loadExcalidraw } from './excalidrawAssets';

// The drawing library is a large chunk: fetched only when a design round's room opens.
const WhiteboardCanvas = lazy(() => loadExcalidraw(() => import('./WhiteboardCanvas')));

/** The shared whiteboard of a design round, for those who draw or watch; nothing otherwise. */
export function RoundWhiteboard({ viewer, round }: { viewer: Viewer; round: AgendaRound }) {
  if (whiteboardAccessOf(viewer, round) === 'none') return null;
  return (
    // Keys pressed in the board (Space pans, letters pick tools) are the board's: they must not
    // reach the room's clock shortcuts, which listen on the window.
    <section className="card stack room-whiteboard" aria-labelledby="whiteboard-title" onKeyDown={(event) => event.stopPropagation()}>
      <h2 id="whiteboard-title" className="room-card-title">
        Whiteboard
      </h2>
      <Suspense
        fallback={
          <p className="text-muted" role="status" aria-busy="true">
            Loading the whiteboard…
          </p>
        }
      >
        <WhiteboardCanvas roundId={round.id} title={`Round ${round.position} ${round.title}`} />
      </Suspense>
    </section>
  );
}
