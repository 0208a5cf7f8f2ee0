import type { CreateLoopRequestInput } from '@mockloop/shared/loop/setup';
import { currentMatrix } from './matrix';
import type { WizardState } from './wizardState';

/**
 * The draft as the API's CreateLoopRequest input. Text numbers become numbers here; an empty
 * or non-numeric field becomes NaN so the shared schema reports it instead of defaulting it.
 */
export function toCreateLoopInput(state: WizardState): CreateLoopRequestInput {
  const byRound = currentMatrix(state);
  // A candidate organizing their own loop leaves the Bar Raiser and the LPs to MockLoop.
  const mine = state.organizerIsCandidate;
  return {
    candidate: { name: state.candidate.name, email: state.candidate.email },
    organizer: { name: mine ? state.candidate.name : state.organizerName },
    organizerIsCandidate: mine,
    targetRole: state.targetRole,
    startsAt: `${state.date}T${state.time}`,
    timeZone: state.timeZone,
    meetingUrl: state.meetingUrl,
    focusLps: state.focusLps,
    lpsPerInterviewer: state.perInterviewer,
    rounds: state.rounds.map((round) => ({
      title: round.title,
      kind: round.kind,
      interviewer: { name: round.interviewer.name, email: round.interviewer.email },
      isBarRaiser: !mine && round.key === state.barRaiserKey,
      durationMinutes: toNumber(round.durationMinutes),
      breakAfterMinutes: toNumber(round.breakAfterMinutes),
      phases: round.phases.map((phase) => ({ key: phase.key, label: phase.label, minutes: toNumber(phase.minutes) })),
      ...(mine ? {} : { assignedLps: byRound[round.key] ?? [] }),
      shadows: round.shadows.map((shadow) => ({ name: shadow.name, email: shadow.email })),
    })),
  };
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
