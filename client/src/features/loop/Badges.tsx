import type { RoundState, ScorecardState } from '@mockloop/shared';
import { ROUND_STATE_LABELS, SCORECARD_STATE_LABELS } from './format';

/** Badges always carry their meaning in words; color only repeats it. */
export function RoundStateBadge({ state }: { state: RoundState }) {
  return <span className={`loop-badge loop-badge--round-${state}`}>{ROUND_STATE_LABELS[state]}</span>;
}

export function ScorecardStateBadge({ state }: { state: ScorecardState }) {
  return <span className={`loop-badge loop-badge--scorecard-${state}`}>{SCORECARD_STATE_LABELS[state]}</span>;
}

export function BarRaiserBadge() {
  return <span className="loop-badge loop-badge--bar-raiser">Bar Raiser</span>;
}

export function Badge({ tone, children }: { tone: 'success' | 'warning' | 'danger' | 'neutral'; children: string }) {
  return <span className={`loop-badge loop-badge--${tone}`}>{children}</span>;
}
