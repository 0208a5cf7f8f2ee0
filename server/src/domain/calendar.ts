import { createEvents, type EventAttributes } from 'ics';
import { ROUND_KIND_LABELS, type LoopView } from '@mockloop/shared';

/**
 * A calendar file with every round of the loop at its time, written for the person who
 * downloads it: their own round is marked. Built from their role-scoped view, so it can
 * never carry more than that person may see.
 */
export function buildLoopCalendar(view: LoopView, baseUrl: string): string {
  const { loop, viewer } = view;
  const events: EventAttributes[] = view.rounds.map((round) => {
    const mine = round.id === viewer.roundId;
    const who = mine && viewer.role === 'interviewer' ? 'You interview' : `Interviewer: ${round.interviewerName}`;
    const description = [
      `Mock loop for ${loop.candidateName}: round ${round.position} of ${view.rounds.length}.`,
      `${ROUND_KIND_LABELS[round.kind]}. ${who}.`,
      `Phases: ${round.phases.map((p) => `${p.label} ${p.minutes} min`).join(', ')}.`,
      loop.meetingUrl ? `Call: ${loop.meetingUrl}` : '',
      `Open MockLoop with your invite link: ${baseUrl}`,
    ]
      .filter(Boolean)
      .join('\n');
    return {
      uid: `${round.id}@mockloop`,
      start: Date.parse(round.startsAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(round.endsAt),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: `${mine ? '★ ' : ''}Mock loop round ${round.position}: ${round.title}`,
      description,
      ...(loop.meetingUrl ? { location: loop.meetingUrl } : {}),
      busyStatus: mine || viewer.role === 'candidate' ? 'BUSY' : 'FREE',
      productId: 'mockloop/calendar',
      calName: `Mock loop: ${loop.candidateName}`,
    };
  });
  const { error, value } = createEvents(events, { productId: 'mockloop/calendar', calName: `Mock loop: ${loop.candidateName}` });
  if (error || !value) throw error ?? new Error('calendar could not be built');
  return value;
}
