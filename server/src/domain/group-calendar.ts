import { createEvents, type EventAttributes } from 'ics';

export type CalendarSeat = {
  loopId: string;
  candidateName: string;
  role: 'organizer' | 'candidate' | 'interviewer';
  roundTitle: string | null;
  startsAt: Date;
  endsAt: Date;
};

const ROLE_WORDS: Record<CalendarSeat['role'], string> = {
  organizer: 'You organize this loop.',
  candidate: 'You are the candidate.',
  interviewer: 'You interview in this round.',
};

/**
 * A calendar file of a group's series for one person: a candidate or organizer gets the whole
 * loop, an interviewer their round. Built only from seats that person holds.
 */
export function buildGroupCalendar(groupName: string, seats: readonly CalendarSeat[], baseUrl: string): string {
  if (seats.length === 0) return emptyCalendar(groupName);
  const events: EventAttributes[] = seats.map((seat, i) => ({
    uid: `${seat.loopId}-${i}@mockloop`,
    start: seat.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: seat.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: seat.role === 'interviewer' ? `Mock loop for ${seat.candidateName}: ${seat.roundTitle ?? 'round'}` : `Mock loop for ${seat.candidateName}`,
    description: `${groupName}. ${ROLE_WORDS[seat.role]}\nOpen it from your MockLoop home: ${baseUrl}`,
    busyStatus: 'BUSY',
    productId: 'mockloop/calendar',
    calName: `MockLoop: ${groupName}`,
  }));
  const { error, value } = createEvents(events, { productId: 'mockloop/calendar', calName: `MockLoop: ${groupName}` });
  if (error || !value) throw error ?? new Error('calendar could not be built');
  return value;
}

// ics refuses an empty event list; an empty but valid calendar is the honest answer.
function emptyCalendar(groupName: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:mockloop/calendar', `X-WR-CALNAME:MockLoop: ${groupName.replace(/[\r\n]/g, ' ')}`, 'END:VCALENDAR', ''].join('\r\n');
}
