import type { WritingSetupRequest } from '@mockloop/shared';
import { api } from './api.js';

/** A valid setup: a narrative and a PR/FAQ from the bank, two pages, the given reviewers. */
export function writingSetup(reviewerIds: string[], mode: WritingSetupRequest['mode'] = { type: 'timed', durationMinutes: 60 }): WritingSetupRequest {
  return {
    prompts: [{ bankId: 'narrative-hard-decision' }, { bankId: 'prfaq-small-business-returns' }],
    mode,
    lengthLimit: { unit: 'pages', value: 2 },
    reviewerIds,
  };
}

/** Sets up the loop's writing exercise over HTTP as the organizer; returns its id. */
export async function setUpWritingOverHttp(url: string, loopId: string, organizerToken: string, setup: WritingSetupRequest): Promise<string> {
  const response = await api(url, `/api/loops/${loopId}/writing`, { method: 'POST', token: organizerToken, body: setup });
  if (response.status !== 200) throw new Error(`writing not set up: ${response.status} ${response.text}`);
  return (response.body as { id: string }).id;
}
