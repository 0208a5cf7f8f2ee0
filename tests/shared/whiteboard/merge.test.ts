import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeElements, wins, type Versioned } from '@mockloop/shared';

describe('whiteboard element merge', () => {
  it('higher version wins; on a tie the lower nonce', () => {
    expect(wins({ id: 'a', version: 2, versionNonce: 9 }, { id: 'a', version: 1, versionNonce: 1 })).toBe(true);
    expect(wins({ id: 'a', version: 1, versionNonce: 1 }, { id: 'a', version: 2, versionNonce: 9 })).toBe(false);
    expect(wins({ id: 'a', version: 2, versionNonce: 3 }, { id: 'a', version: 2, versionNonce: 5 })).toBe(true);
    expect(wins({ id: 'a', version: 2, versionNonce: 5 }, { id: 'a', version: 2, versionNonce: 5 })).toBe(false);
  });

  it('converges on the same elements whatever order updates arrive in', () => {
    const element = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), version: fc.integer({ min: 1, max: 5 }), versionNonce: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(element, { maxLength: 30 }), fc.nat(), (updates: Versioned[], seed) => {
        const shuffled = [...updates].sort((x, y) => ((x.version * 7 + x.versionNonce + seed) % 5) - ((y.version * 7 + y.versionNonce + seed) % 5));
        const byId = (list: Versioned[]) => Object.fromEntries(list.map((e) => [e.id, `${e.version}/${e.versionNonce}`]));
        expect(byId(mergeElements([], shuffled))).toEqual(byId(mergeElements([], updates)));
      }),
    );
  });
});
