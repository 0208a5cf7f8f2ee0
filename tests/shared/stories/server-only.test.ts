import { describe, expect, it } from 'vitest';
import * as shared from '@mockloop/shared';

describe('the story checker stays on the server', () => {
  it('is not exported from the entry the client bundles, which keeps only the story contract', () => {
    expect('checkStories' in shared).toBe(false);
    expect('ConsistencyReport' in shared).toBe(true);
  });
});
