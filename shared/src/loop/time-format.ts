/**
 * "Tue 1 Dec, 18:30" in the given zone, for agendas ("Tue 1 Dec, 18:30 EST" with the zone).
 * Built on the runtime's Intl (no date library), in the reader's locale as before, so a page
 * showing times does not download luxon.
 */
export function formatInZone(instant: Date | string, timeZone: string, withZone = false): string {
  const parts = new Intl.DateTimeFormat(undefined, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const text = `${part('weekday')} ${part('day')} ${part('month')}, ${part('hour')}:${part('minute')}`;
  return withZone ? `${text} ${part('timeZoneName')}` : text;
}
