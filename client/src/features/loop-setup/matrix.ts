import { assignLps, checkCoverage } from '@mockloop/shared/lp/assignment';
import type { LpAssignment, LpCoverage } from '@mockloop/shared/lp/assignment-schema';
import { inCatalogueOrder, type LpId } from '@mockloop/shared/lp/catalogue';
import type { WizardState } from './wizardState';

/** The LP x interviewer matrix: automatic from `assignLps` until the organizer edits a cell. */

type MatrixInput = Pick<WizardState, 'rounds' | 'barRaiserKey' | 'focusLps' | 'perInterviewer' | 'matrix'>;

function automaticAssignment(state: MatrixInput): LpAssignment {
  return assignLps({
    rounds: state.rounds.map((round) => ({ key: round.key, kind: round.kind, isBarRaiser: round.key === state.barRaiserKey })),
    focusLps: state.focusLps,
    pins: [],
    perInterviewer: state.perInterviewer,
  });
}

/** LPs per round key as the loop will be created: the hand-edited matrix, or the automatic one. */
export function currentMatrix(state: MatrixInput): Record<string, LpId[]> {
  const source = state.matrix ?? automaticAssignment(state).byRound;
  return Object.fromEntries(state.rounds.map((round) => [round.key, source[round.key] ?? []]));
}

/** The rows to show: every focus LP, plus any LP a round probes outside the focus list. */
export function matrixRows(focusLps: readonly LpId[], byRound: Record<string, readonly LpId[]>): LpId[] {
  return inCatalogueOrder([...focusLps, ...Object.values(byRound).flat()]);
}

/** Adds the LP to the round, or removes it if the round already probes it. */
export function toggleCell(byRound: Record<string, LpId[]>, roundKey: string, lp: LpId): Record<string, LpId[]> {
  const lps = byRound[roundKey] ?? [];
  const next = lps.includes(lp) ? lps.filter((id) => id !== lp) : inCatalogueOrder([...lps, lp]);
  return { ...byRound, [roundKey]: next };
}

/** "Round 2 (Priya)": how the coverage notes name a round. */
function roundLabels(state: Pick<WizardState, 'rounds'>): Record<string, string> {
  return Object.fromEntries(
    state.rounds.map((round, index) => {
      const who = round.interviewer.name.trim();
      return [round.key, who ? `Round ${index + 1} (${who})` : `Round ${index + 1}`];
    }),
  );
}

export function coverageOf(state: MatrixInput): LpCoverage {
  return checkCoverage(currentMatrix(state), state.focusLps, {
    perInterviewer: state.perInterviewer,
    roundLabels: roundLabels(state),
  });
}
