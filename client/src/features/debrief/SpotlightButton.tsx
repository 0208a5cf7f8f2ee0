import type { Spotlight } from '@mockloop/shared/debrief/board';
import { useQuery } from '@tanstack/react-query';
import { debriefApi } from '../../api/debrief';
import { debriefBoardQuery } from './queries';
import { useDebriefSession } from './session';
import { commandError, useBoardCommand } from './useBoardCommand';

/** The Bar Raiser's "put this on every screen", offered while the panel discusses or decides. */
/** `label` names the thing for screen readers ("Round 1 · Ana story"); pressing it again clears. */
export function SpotlightButton({ spotlight, label }: { spotlight: Spotlight; label: string }) {
  const { loopId, token, isBarRaiser } = useDebriefSession();
  const { data: board } = useQuery(debriefBoardQuery(loopId, token));
  const command = useBoardCommand((l, t, s: Spotlight | null) => debriefApi.spotlight(l, t, s));
  if (!isBarRaiser || !board || (board.phase !== 'discuss' && board.phase !== 'decide')) return null;
  const current = board.spotlight?.kind === spotlight.kind && board.spotlight.id === spotlight.id;
  const error = commandError(command.error);
  return (
    <p className="db-spot-button no-print">
      <button
        type="button"
        className="button loop-button--small"
        aria-pressed={current}
        disabled={command.isPending}
        onClick={() => command.mutate(current ? null : spotlight)}
      >
        {current ? '★ In the spotlight' : '☆ Spotlight'}
        <span className="visually-hidden"> {label}</span>
      </button>
      {error ? <span className="loop-inline-error" role="alert"> {error}</span> : null}
    </p>
  );
}
