import type { DebriefBoard } from '@mockloop/shared/debrief/board';
import { debriefApi, type MovablePhase } from '../../api/debrief';
import { DecisionForm } from './DecisionForm';
import { PublishForm } from './PublishForm';
import { SpotlightPicker } from './SpotlightPicker';
import { PHASE_LABELS } from './labels';
import { commandError, useBoardCommand } from './useBoardCommand';

const MOVABLE: MovablePhase[] = ['read', 'revote', 'discuss', 'decide'];

/** The Bar Raiser's controls: move the phase, spotlight, decide, publish. */
export function BarRaiserPanel({ board }: { board: DebriefBoard }) {
  const steering = MOVABLE.includes(board.phase as MovablePhase);
  if (board.phase === 'published') return null;
  return (
    <section className="db-controls stack no-print" aria-labelledby="db-controls-title">
      <h2 id="db-controls-title" className="loop-notice__title">
        Bar Raiser controls
      </h2>
      {steering ? <PhaseControls phase={board.phase as MovablePhase} /> : null}
      {board.phase === 'discuss' || board.phase === 'decide' ? <SpotlightPicker board={board} /> : null}
      {board.phase === 'decide' ? <DecisionForm /> : null}
      {board.phase === 'decided' ? <PublishForm board={board} /> : null}
    </section>
  );
}

function PhaseControls({ phase }: { phase: MovablePhase }) {
  const command = useBoardCommand((l, t, next: MovablePhase) => debriefApi.movePhase(l, t, next));
  const error = commandError(command.error);
  const index = MOVABLE.indexOf(phase);
  const next = MOVABLE[index + 1];
  return (
    <div className="stack stack--tight">
      <div className="db-phase-buttons" role="group" aria-label="Move the debrief">
        {next ? (
          <button type="button" className="button button--primary" disabled={command.isPending} onClick={() => command.mutate(next)}>
            Move everyone to {PHASE_LABELS[next]}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="loop-inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
