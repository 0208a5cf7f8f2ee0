import { EXTRA_ROUND, ROUND_TEMPLATES, type CreateLoopRequestInput, type TargetRole } from '@mockloop/shared';

type Person = { name: string; targetRole: TargetRole };

/**
 * The set-up request of one planned group loop: the candidate's role picks the rounds (the
 * wizard's templates; a sixth round goes before the Bar Raiser's), interviewer i takes
 * round i, and the last round, the Bar Raiser's, goes to the planned Bar Raiser.
 */
export function groupLoopRequest(input: {
  organizerName: string;
  candidate: Person;
  interviewers: readonly Person[];
  startsAt: string;
  timeZone: string;
  meetingUrl?: string | undefined;
}): CreateLoopRequestInput {
  const template = [...ROUND_TEMPLATES[input.candidate.targetRole]];
  if (input.interviewers.length > template.length) template.splice(template.length - 1, 0, EXTRA_ROUND);
  return {
    candidate: { name: input.candidate.name },
    organizer: { name: input.organizerName },
    targetRole: input.candidate.targetRole,
    startsAt: input.startsAt,
    timeZone: input.timeZone,
    ...(input.meetingUrl ? { meetingUrl: input.meetingUrl } : {}),
    rounds: template.slice(0, input.interviewers.length).map((round, i) => ({
      title: round.title,
      kind: round.kind,
      isBarRaiser: i === input.interviewers.length - 1,
      interviewer: { name: input.interviewers[i]!.name },
    })),
  };
}

/** A loop's full length with default rounds (60 minutes) and breaks (10 minutes). */
export function groupLoopMinutes(rounds: number): number {
  return rounds * 60 + (rounds - 1) * 10;
}

/** Round order with the Bar Raiser's seat last (the round the templates mark as theirs). */
export function barRaiserLast(interviewerIds: readonly string[], barRaiserId: string): string[] {
  const at = interviewerIds.lastIndexOf(barRaiserId);
  if (at < 0) return [...interviewerIds];
  return [...interviewerIds.slice(0, at), ...interviewerIds.slice(at + 1), barRaiserId];
}
