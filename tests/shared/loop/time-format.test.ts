import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatInZone } from '@mockloop/shared/loop/time-format';

// The agenda's times moved from luxon to Intl (so participants' pages do not download luxon);
// they must read exactly as before, with and without the zone name.
const luxonFormat = (instant: string, zone: string, withZone: boolean) =>
  DateTime.fromJSDate(new Date(instant)).setZone(zone).toFormat(withZone ? 'ccc d LLL, HH:mm ZZZZ' : 'ccc d LLL, HH:mm');

describe('formatInZone', () => {
  const cases: [string, string][] = [
    ['2026-12-01T23:30:00.000Z', 'America/New_York'],
    ['2026-07-01T00:05:00.000Z', 'Europe/Berlin'],
    ['2026-03-29T01:30:00.000Z', 'Europe/London'],
    ['2026-12-31T22:00:00.000Z', 'Asia/Kolkata'],
    ['2026-01-01T00:00:00.000Z', 'UTC'],
  ];

  it.each(cases)('reads %s in %s as luxon did', (instant, zone) => {
    expect(formatInZone(instant, zone)).toBe(luxonFormat(instant, zone, false));
    expect(formatInZone(new Date(instant), zone, true)).toBe(luxonFormat(instant, zone, true));
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatInZone('2026-12-02T05:00:00.000Z', 'America/New_York')).toBe('Wed 2 Dec, 00:00');
  });
});
