// Data point slots, labels and wording without zod, so the interviewer's page and the debrief
// can show data points without downloading it; data-points.ts holds the schemas.

/** What a length of time measured; a number of weeks means little until we know of what. */
export const DURATION_MEASURES = ['project', 'pilot', 'exposure', 'outage', 'fix', 'delay', 'after'] as const;
export type DurationMeasure = (typeof DURATION_MEASURES)[number];

export const DURATION_MEASURE_LABELS: Record<DurationMeasure, string> = {
  project: 'length of the work',
  pilot: 'pilot or trial',
  exposure: 'time before it was noticed',
  outage: 'length of the outage',
  fix: 'time to fix',
  delay: 'delay',
  after: 'time until a later milestone',
};

export const DURATION_UNITS = ['hours', 'days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export const DAYS_PER_UNIT: Record<DurationUnit, number> = { hours: 1 / 24, days: 1, weeks: 7, months: 365 / 12, years: 365 };

/** Whose team a size counts: the candidate's own reports, a team they worked in, or someone else's. */
export const TEAM_OWNERS = ['candidate', 'shared', 'other'] as const;
export type TeamOwner = (typeof TEAM_OWNERS)[number];
export const TEAM_OWNER_LABELS: Record<TeamOwner, string> = { candidate: 'their own team', shared: 'a team they worked in', other: "someone else's team" };

/** The candidate's part: led it, was one of N, or supported someone else who led. */
export const ROLE_PARTS = ['led', 'one-of', 'supported'] as const;
export type RolePart = (typeof ROLE_PARTS)[number];
export const ROLE_PART_LABELS: Record<RolePart, string> = { led: 'Led it', 'one-of': 'One of the team', supported: 'Supported someone else' };

/** How a story can end, each with its two sides. */
export const OUTCOME_EVENTS = ['ship', 'renew', 'win', 'schedule', 'approve', 'adopt', 'pass'] as const;
export type OutcomeEvent = (typeof OUTCOME_EVENTS)[number];
export const OUTCOME_EVENT_LABELS: Record<OutcomeEvent, [happened: string, didNot: string]> = {
  ship: ['Shipped', 'Did not ship'],
  renew: ['Customer renewed', 'Customer did not renew'],
  win: ['Won the deal', 'Lost the deal'],
  schedule: ['On time', 'Late'],
  approve: ['Approved', 'Turned down'],
  adopt: ['Adopted', 'Abandoned'],
  pass: ['Passed', 'Failed'],
};

/** The slots of a story card's data points: one each, and one duration per thing measured. */
export const DATA_POINT_SLOTS = ['team', 'role', 'metric', 'outcome', ...DURATION_MEASURES.map((m) => `duration:${m}` as const)] as const;
export type DataPointSlot = (typeof DATA_POINT_SLOTS)[number];

/** Slots every card shows, with or without a suggestion; other durations appear when found. */
export const CORE_SLOTS: readonly DataPointSlot[] = ['team', 'role', 'duration:project', 'metric', 'outcome'];

export type TeamPoint = { kind: 'team'; size: number; whose: TeamOwner };
export type RolePoint = { kind: 'role'; part: RolePart; of: number | null };
export type DurationPoint = { kind: 'duration'; measures: DurationMeasure; amount: number; unit: DurationUnit };
export type MetricPoint = { kind: 'metric'; name: string; before: number | null; after: number | null; unit: string };
export type OutcomePoint = { kind: 'outcome'; event: OutcomeEvent; happened: boolean };
export type DataPointValue = TeamPoint | RolePoint | DurationPoint | MetricPoint | OutcomePoint;

/** The slot a value belongs in. */
export function slotOf(value: DataPointValue): DataPointSlot {
  return value.kind === 'duration' ? `duration:${value.measures}` : value.kind;
}

/** How a slot is named on the card. */
export function slotLabel(slot: DataPointSlot): string {
  if (slot.startsWith('duration:')) {
    const measure = slot.slice('duration:'.length) as DurationMeasure;
    return `Duration: ${DURATION_MEASURE_LABELS[measure]}`;
  }
  return { team: 'Team size', role: 'Their role', metric: 'Key metric', outcome: 'Outcome' }[slot as 'team' | 'role' | 'metric' | 'outcome'];
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/** A value in words: "8 people, their own team", "one of 6", "5 months", "churn 9% -> 4%", "Shipped". */
export function describeDataPoint(value: DataPointValue): string {
  switch (value.kind) {
    case 'team':
      return `${value.size} ${value.size === 1 ? 'person' : 'people'}, ${TEAM_OWNER_LABELS[value.whose]}`;
    case 'role':
      return value.part === 'one-of' && value.of ? `One of ${value.of}` : ROLE_PART_LABELS[value.part];
    case 'duration':
      return `${number(value.amount)} ${value.amount === 1 ? value.unit.replace(/s$/, '') : value.unit}`;
    case 'metric': {
      // "22% -> 15%", "800 ms -> 300 ms": a percent sign sits on its number, words do not.
      const unit = value.unit ? (/^(%|x)$/.test(value.unit) ? value.unit : ` ${value.unit}`) : '';
      const figures = [value.before, value.after].map((n) => (n === null ? '?' : `${number(n)}${unit}`)).join(' → ');
      return `${value.name ? `${value.name}: ` : ''}${figures}`;
    }
    case 'outcome':
      return OUTCOME_EVENT_LABELS[value.event][value.happened ? 0 : 1];
  }
}

/** "told in round 2", "told in rounds 1 and 4", "told in rounds 1, 3 and 5". */
export function toldInRounds(rounds: readonly number[]): string {
  // Round 0 is the writing exercise's narrative, written before the loop.
  const written = rounds.includes(0) ? 'written in the narrative, ' : '';
  const sorted = [...new Set(rounds)].filter((r) => r !== 0).sort((a, b) => a - b);
  if (sorted.length === 0) return 'written in the narrative';
  if (sorted.length === 1) return `${written}told in round ${sorted[0]}`;
  return `${written}told in rounds ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}
