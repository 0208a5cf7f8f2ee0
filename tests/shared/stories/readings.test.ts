import { describe, expect, it } from 'vitest';
import { readFacts } from '@mockloop/shared/stories/facts';
import { findMetricConflict } from '@mockloop/shared/stories/metric-check';
import { findOutcomeConflict } from '@mockloop/shared/stories/outcome';
import { profileStory } from '@mockloop/shared/stories/profile';
import { findRoleConflict } from '@mockloop/shared/stories/role';
import type { StoryInput } from '@mockloop/shared/stories/schema';
import { findTeamConflict } from '@mockloop/shared/stories/team';
import { findTimelineConflict } from '@mockloop/shared/stories/timeline';

function facts(fields: Partial<StoryInput>, candidate = 'Mara Quinn') {
  const story: StoryInput = { id: 'x', round: 1, lps: ['ownership'], question: '', situation: '', task: '', action: '', result: '', ...fields };
  return readFacts(profileStory(story), new Set(candidate.toLowerCase().split(' ')));
}

describe('role reading', () => {
  it('sees the candidate leading vs someone else leading the same thing', () => {
    const led = facts({ action: 'Mara ran the migration war room and made every cut-over call.' });
    const supported = facts({ action: 'Her director ran the migration war room; she handled the data checks.' });
    expect(findRoleConflict(led, supported)?.kind).toBe('role');
  });

  it('sees "one of" as a smaller part than leading', () => {
    const led = facts({ task: 'C = tech lead for the pricing rewrite.', action: 'C led three engineers on the rewrite.' });
    const member = facts({ action: 'She was one of four engineers on the pricing rewrite.' });
    expect(findRoleConflict(led, member)?.kind).toBe('role');
  });

  it('does not flag two stories where the candidate leads in both', () => {
    const a = facts({ action: 'I owned the vendor negotiation end to end.' });
    const b = facts({ action: 'She drove the vendor negotiation and signed off the terms.' });
    expect(findRoleConflict(a, b)).toBeUndefined();
  });
});

describe('outcome reading', () => {
  it('sees renewed vs did not renew', () => {
    const a = facts({ result: 'The client renewed for two more years.' });
    const b = facts({ result: 'In the end the client did not renew.' });
    expect(findOutcomeConflict(a, b)?.kind).toBe('outcome');
  });

  it('sees on time vs slipped', () => {
    const a = facts({ result: 'We launched on time for the spring catalogue.' });
    const b = facts({ result: 'The launch slipped by a month.' });
    expect(findOutcomeConflict(a, b)?.kind).toBe('outcome');
  });

  it('sees none affected vs some affected', () => {
    const a = facts({ result: 'No shipments were lost.' });
    const b = facts({ result: 'About 12 shipments were lost before we caught it.' });
    expect(findOutcomeConflict(a, b)?.kind).toBe('outcome');
  });

  it('does not flag two happy endings', () => {
    const a = facts({ result: 'Shipped on time; the client renewed.' });
    const b = facts({ result: 'The client renewed and expanded.' });
    expect(findOutcomeConflict(a, b)).toBeUndefined();
  });
});

describe('figures of one experience', () => {
  it('flags a measure told with two sizes of change', () => {
    const a = facts({ result: 'Refund requests fell by about a quarter.' });
    const b = facts({ result: 'Refund requests 800/wk -> 400/wk.' });
    expect(findMetricConflict(a, b)?.kind).toBe('metric');
  });

  it('accepts a change and the before/after that imply it', () => {
    const a = facts({ result: 'Refund requests were halved.' });
    const b = facts({ result: 'Refund requests 800/wk -> 400/wk.' });
    expect(findMetricConflict(a, b)).toBeUndefined();
  });

  it('does not compare different quantities of one story', () => {
    const a = facts({ result: 'Latency down 30%, conversion up 2%.' });
    const b = facts({ result: 'Conversion rose about 2 percent.' });
    expect(findMetricConflict(a, b)).toBeUndefined();
  });

  it('flags team sizes, counting the parts of a team', () => {
    const seven = facts({ action: 'I led a team of seven.' });
    const parts = facts({ action: 'The team was two designers and five engineers.' });
    const twelve = facts({ action: 'She managed 12 engineers.' });
    const five = facts({ action: 'She managed five engineers.' });
    expect(findTeamConflict(seven, parts)).toBeUndefined();
    expect(findTeamConflict(twelve, five)?.kind).toBe('team');
  });

  it('flags the same span of time told two ways, not different spans', () => {
    const weeks = facts({ action: 'The pilot ran for three weeks in two stores.' });
    const months = facts({ action: 'We ran the store pilot for four months.' });
    const rollout = facts({ result: 'Rollout to every region took a year.' });
    expect(findTimelineConflict(weeks, months)?.kind).toBe('timeline');
    expect(findTimelineConflict(weeks, rollout)).toBeUndefined();
  });
});

describe('readings of other phrasings', () => {
  it('reads passive, relative and titled leads', () => {
    const led = facts({ action: 'I spearheaded the vendor switch.' });
    expect(findRoleConflict(led, facts({ action: 'The vendor switch was led by our ops director.' }))?.kind).toBe('role');
    expect(findRoleConflict(led, facts({ action: 'I supported the tech lead who ran the vendor switch.' }))?.kind).toBe('role');
    expect(findRoleConflict(facts({ action: 'I was the DRI for the vendor switch.' }), facts({ action: 'I was part of the team on the vendor switch.' }))?.kind).toBe('role');
    expect(findRoleConflict(led, facts({ action: 'The vendor switch was led by me.' }))).toBeUndefined();
  });

  it('reads denied and two-word outcomes, and the action when the result is empty', () => {
    expect(findOutcomeConflict(facts({ result: 'No store opened late.' }), facts({ result: 'Every store opened on time.' }))).toBeUndefined();
    expect(findOutcomeConflict(facts({ result: 'The board approved the plan.' }), facts({ result: 'The board turned down the plan.' }))?.kind).toBe('outcome');
    expect(findOutcomeConflict(facts({ action: 'Built it; the client renewed.' }), facts({ result: 'The client churned.' }))?.kind).toBe('outcome');
  });

  it('reads "half a year" as time', () => {
    expect(findTimelineConflict(facts({ result: 'The pilot ran for half a year.' }), facts({ result: 'The pilot ran for six months.' }))).toBeUndefined();
    expect(findTimelineConflict(facts({ result: 'The pilot ran for half a year.' }), facts({ result: 'The pilot ran for three weeks.' }))?.kind).toBe('timeline');
  });
});
