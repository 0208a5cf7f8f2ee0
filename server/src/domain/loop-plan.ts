import { randomInt } from 'node:crypto';
import {
  assignLps,
  defaultFocusLps,
  normaliseLimits,
  scheduleRounds,
  zonedToInstant,
  type CreateLoopRequest,
  type LpId,
  type ParticipantRole,
  type RoundKind,
  type RoundPhase,
} from '@mockloop/shared';

type PlannedRound = {
  position: number;
  title: string;
  kind: RoundKind;
  startsAt: Date;
  durationMinutes: number;
  breakAfterMinutes: number;
  phases: RoundPhase[];
  assignedLps: LpId[];
};

type PlannedParticipant = {
  role: ParticipantRole;
  name: string;
  email: string | null;
  /** Position of the round an interviewer runs or a shadow observes. */
  roundPosition: number | null;
  isBarRaiser: boolean;
};

export type LoopPlan = {
  candidateName: string;
  targetRole: CreateLoopRequest['targetRole'];
  startsAt: Date;
  timeZone: string;
  meetingUrl: string | null;
  organizerIsCandidate: boolean;
  focusLps: LpId[];
  lpsPerInterviewer: { min: number; max: number };
  scorecardDueMinutes: number;
  rounds: PlannedRound[];
  participants: PlannedParticipant[];
  uncoveredLps: LpId[];
};

/** Picks one of `count` options; the server draws at random, tests pass their own. */
export type PickIndex = (count: number) => number;

const pickAtRandom: PickIndex = (count) => randomInt(count);

/**
 * Turns a validated set-up request into what gets stored: round times laid out back to
 * back, LPs assigned (the organizer's hand-made choices kept, the rest computed), and one
 * participant per person and role. When the organizer is the candidate, MockLoop picks the
 * Bar Raiser itself, by lot among the behavioral rounds (any round if none is), so nothing in
 * the set-up tells the candidate who it is.
 */
export function planLoop(given: CreateLoopRequest, pick: PickIndex = pickAtRandom): LoopPlan {
  const request = given.organizerIsCandidate ? withBarRaiserPicked(given, pick) : given;
  const startsAt = zonedToInstant(request.startsAt, request.timeZone);
  if (!startsAt) throw new Error('startsAt was validated but cannot be placed in its time zone');
  const focusLps = request.focusLps ?? defaultFocusLps(request.targetRole);
  const limits = normaliseLimits(request.lpsPerInterviewer);
  const slots = scheduleRounds(startsAt, request.rounds);
  const assigned = assignRoundLps(request, focusLps, limits);

  const rounds = request.rounds.map((round, index) => ({
    position: index + 1,
    title: round.title,
    kind: round.kind,
    startsAt: slots[index]!.startsAt,
    durationMinutes: round.durationMinutes,
    breakAfterMinutes: round.breakAfterMinutes,
    phases: round.phases,
    assignedLps: assigned[index]!,
  }));
  const covered = new Set(rounds.flatMap((r) => r.assignedLps));

  return {
    candidateName: request.candidate.name,
    targetRole: request.targetRole,
    startsAt,
    timeZone: request.timeZone,
    meetingUrl: request.meetingUrl ?? null,
    organizerIsCandidate: request.organizerIsCandidate,
    focusLps,
    lpsPerInterviewer: limits,
    scorecardDueMinutes: request.scorecardDueMinutes,
    rounds,
    participants: planParticipants(request),
    uncoveredLps: focusLps.filter((lp) => !covered.has(lp)),
  };
}

function withBarRaiserPicked(request: CreateLoopRequest, pick: PickIndex): CreateLoopRequest {
  const behavioral = request.rounds.flatMap((round, index) => (round.kind === 'behavioral' ? [index] : []));
  const pool = behavioral.length > 0 ? behavioral : request.rounds.map((_, index) => index);
  const chosen = pool[pick(pool.length)] ?? pool[0];
  return { ...request, rounds: request.rounds.map((round, index) => ({ ...round, isBarRaiser: index === chosen })) };
}

function assignRoundLps(request: CreateLoopRequest, focusLps: LpId[], perInterviewer: { min: number; max: number }): LpId[][] {
  const keyOf = (index: number) => `r${index + 1}`;
  const pins = request.rounds.flatMap((round, index) =>
    [...(round.assignedLps ?? []), ...round.pinnedLps].map((lpId) => ({ roundKey: keyOf(index), lpId })),
  );
  const uniquePins = pins.filter((pin, i) => pins.findIndex((p) => p.roundKey === pin.roundKey && p.lpId === pin.lpId) === i);
  const computed = assignLps({
    rounds: request.rounds.map((round, index) => ({ key: keyOf(index), kind: round.kind, isBarRaiser: round.isBarRaiser })),
    focusLps,
    pins: uniquePins,
    perInterviewer,
    seed: 1,
  });
  // A round the organizer arranged by hand keeps exactly what they chose.
  return request.rounds.map((round, index) => round.assignedLps ?? computed.byRound[keyOf(index)] ?? []);
}

function planParticipants(request: CreateLoopRequest): PlannedParticipant[] {
  const people: PlannedParticipant[] = [
    { role: 'organizer', name: request.organizer.name, email: request.organizer.email ?? null, roundPosition: null, isBarRaiser: false },
    { role: 'candidate', name: request.candidate.name, email: request.candidate.email ?? null, roundPosition: null, isBarRaiser: false },
  ];
  request.rounds.forEach((round, index) => {
    people.push({
      role: 'interviewer',
      name: round.interviewer.name,
      email: round.interviewer.email ?? null,
      roundPosition: index + 1,
      isBarRaiser: round.isBarRaiser,
    });
    for (const shadow of round.shadows) {
      people.push({ role: 'shadow', name: shadow.name, email: shadow.email ?? null, roundPosition: index + 1, isBarRaiser: false });
    }
  });
  return people;
}
