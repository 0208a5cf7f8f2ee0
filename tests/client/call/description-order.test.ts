import { describe, expect, it } from 'vitest';
import { arrivalOf, originOf, sameOrigin } from '../../../client/src/features/call/description-order';

/** The start of an SDP as Chromium writes it; only the `o=` line matters here. */
const sdp = (session: string, version: number) => `v=0\r\no=- ${session} ${version} IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n`;

describe('telling a new session description from a copy', () => {
  it("reads the connection's session id and the description's version from the o= line", () => {
    expect(originOf(sdp('4699704079899662471', 3))).toEqual({ session: '4699704079899662471', version: 3 });
    expect(originOf('v=0\r\ns=-\r\n')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });

  it('applies a newer description of the same connection, never a copy or an older one', () => {
    const applied = originOf(sdp('77', 4));
    expect(arrivalOf(originOf(sdp('77', 5)), applied)).toBe('new');
    // An offer sent again while its answer was on its way, and an answer to it given twice.
    expect(arrivalOf(originOf(sdp('77', 4)), applied)).toBe('repeat');
    expect(arrivalOf(originOf(sdp('77', 2)), applied)).toBe('repeat');
  });

  it('takes the first description, and one without an o= line, as new', () => {
    expect(arrivalOf(originOf(sdp('77', 2)), null)).toBe('new');
    expect(arrivalOf(null, originOf(sdp('77', 4)))).toBe('new');
  });

  it('tells a description from another connection of the same person (a reloaded page) apart', () => {
    expect(arrivalOf(originOf(sdp('90', 2)), originOf(sdp('77', 9)))).toBe('restarted');
  });

  it('compares versions as numbers, not as text', () => {
    expect(arrivalOf(originOf(sdp('77', 10)), originOf(sdp('77', 9)))).toBe('new');
  });

  it('matches an origin only to the same connection and version', () => {
    expect(sameOrigin(originOf(sdp('77', 4)), originOf(sdp('77', 4)))).toBe(true);
    expect(sameOrigin(originOf(sdp('77', 4)), originOf(sdp('77', 5)))).toBe(false);
    expect(sameOrigin(originOf(sdp('77', 4)), originOf(sdp('78', 4)))).toBe(false);
    expect(sameOrigin(null, null)).toBe(false);
  });
});
