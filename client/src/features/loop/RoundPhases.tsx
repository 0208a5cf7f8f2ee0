import type { AgendaRound } from '@mockloop/shared';
import { minutes } from './format';

/** How the round's time is split; the interview room's clock follows the same phases. */
export function RoundPhases({ round }: { round: AgendaRound }) {
  return (
    <ol className="loop-phases">
      {round.phases.map((phase) => (
        <li key={phase.key}>
          <span>{phase.label}</span>
          <span className="loop-phases__minutes">{minutes(phase.minutes)}</span>
        </li>
      ))}
    </ol>
  );
}
