import type { ConflictKind } from './schema.js';
import { readDefinitions, readMeasures, type Definitions, type Measure } from './measures.js';
import type { StoryProfile } from './profile.js';
import type { Token } from './text.js';
import { readTeamSizes, type TeamSize } from './team.js';
import { readTimeSpans, type TimeSpan } from './timeline.js';
import { readRoleClaims, type RoleClaim } from './role.js';
import { readOutcomes, type OutcomeClaim } from './outcome.js';
import { readDates, type StoryDate } from './dates.js';
import { readRoleActs, type RoleAct } from './role-acts.js';

/** A contradiction found between two stories, before it is put in the report. */
export interface Finding {
  kind: ConflictKind;
  detail: string;
  phrases: [string, string];
}

/** The facts one story states, ready to compare with a retelling. */
export interface StoryFacts {
  profile: StoryProfile;
  measures: Measure[];
  teams: TeamSize[];
  spans: TimeSpan[];
  dates: StoryDate[];
  roles: RoleClaim[];
  acts: RoleAct[];
  outcomes: OutcomeClaim[];
}

/** Reads the facts of one story once, for every comparison it takes part in. */
export function readFacts(profile: StoryProfile, candidateNames: ReadonlySet<string> = new Set(), loopAcronyms: Definitions = new Map()): StoryFacts {
  const definitions = new Map([...loopAcronyms, ...readDefinitions(profile.fields)]);
  const tokensOf = new Map<Measure, Token[]>();
  const measures = profile.fields.flatMap((field) => {
    const read = readMeasures(field, definitions);
    for (const m of read) tokensOf.set(m, field.tokens);
    return read;
  });
  return {
    profile,
    measures,
    teams: profile.fields.flatMap(readTeamSizes),
    spans: readTimeSpans(measures, (m) => tokensOf.get(m)!),
    dates: profile.fields.flatMap(readDates),
    roles: profile.fields.flatMap((field) => readRoleClaims(field, candidateNames)),
    acts: profile.fields.flatMap((field) => readRoleActs(field, candidateNames)),
    // Interviewers miss things: with no result written, the action is where the ending is.
    outcomes: outcomesOf(profile),
  };
}

/**
 * How the story ended, from its result; interviewers miss things, so when the result says
 * nothing of how it ended (or is empty), the action is read for it.
 */
function outcomesOf(profile: StoryProfile): OutcomeClaim[] {
  const result = profile.fields.find((f) => f.field === 'result')!;
  const action = profile.fields.find((f) => f.field === 'action')!;
  const fromResult = readOutcomes(result);
  if (fromResult.some((o) => !o.event.startsWith('count:'))) return fromResult;
  return [...fromResult, ...readOutcomes(action, true)];
}
