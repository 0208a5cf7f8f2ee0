/** The browser's own time zone, the wizard's default. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let cached: string[] | null = null;

/** Every IANA zone this browser knows, sorted, always including the browser's own and UTC. */
export function timeZoneOptions(): string[] {
  if (cached) return cached;
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  cached = [...new Set([...known, browserTimeZone(), 'UTC'])].sort((a, b) => a.localeCompare(b));
  return cached;
}

/** Tomorrow's date in the browser's zone as YYYY-MM-DD, the wizard's default loop day. */
export function tomorrowLocalDate(now: Date = new Date()): string {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
}
