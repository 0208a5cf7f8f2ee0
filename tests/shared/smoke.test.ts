import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('workspace', () => {
  it('resolves zod from the shared workspace', () => {
    expect(z.string().safeParse('x').success).toBe(true);
  });
});
