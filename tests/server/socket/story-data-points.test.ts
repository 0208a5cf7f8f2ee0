import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataPointSuggestions, type DataPointEntry, type PatchOp, type ScorecardPatched } from '@mockloop/shared';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { BOTH_DATABASES } from '../../helpers/databases.js';
import { PLANTED } from '../../helpers/debrief.js';
import { eventually } from '../../helpers/live.js';
import { completingOps, openCard, roundIds, storyOp } from '../../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command, connected, createClient } from '../../helpers/socket.js';

const team = (size: number): DataPointEntry => ({ status: 'confirmed', value: { kind: 'team', size, whose: 'candidate' }, phrase: `team of ${size} engineers` });

describe.each(BOTH_DATABASES)('story data points on $name', ({ missing, create }) => {
  let server: TestServer;
  beforeAll(async () => {
    if (missing) return;
    server = await startTestServer({ database: await create() });
  });
  afterAll(async () => {
    closeAllClients();
    if (!server) return;
    await server.close();
    await server.database.drop();
  });

  /** Round 1's interviewer with a card holding the planted story (8 engineers), in two tabs. */
  async function cardWithStory() {
    const loop = await createLoop(server.url, loopRequest());
    const rounds = await roundIds(server.url, loop.loopId, loop.organizer.token);
    const [tab, otherTab] = [createClient(server.url, { token: loop.interviewer(1).token }), createClient(server.url, { token: loop.interviewer(1).token })];
    await Promise.all([connected(tab), connected(otherTab)]);
    const card = await openCard(tab, rounds[0]!);
    await openCard(otherTab, rounds[0]!);
    const story = storyOp();
    Object.assign(story.story, PLANTED[0]);
    const added = await command(tab, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-one-0001', seq: 1, ops: [story] });
    expect(added.ok).toBe(true);
    return { loop, rounds, tab, otherTab, card, storyId: story.story.id };
  }

  it.skipIf(missing)('confirm, edit and dismiss are stored exactly once and in order, and reach the other tab', async () => {
    const { rounds, tab, otherTab, card, storyId } = await cardWithStory();
    const heard: ScorecardPatched[] = [];
    otherTab.on('scorecard:patched', (fact) => heard.push(fact));
    const set = (slot: 'team' | 'duration:project' | 'outcome', entry: DataPointEntry | null): PatchOp => ({ op: 'setStoryDataPoint', storyId, slot, entry });
    const patches = [
      [set('team', team(8))],
      [set('team', team(9)), set('outcome', { status: 'dismissed', phrase: 'shipped' })],
      [set('duration:project', { status: 'confirmed', value: { kind: 'duration', measures: 'project', amount: 6, unit: 'weeks' }, phrase: 'six weeks' })],
      [set('outcome', null)],
    ].map((ops, i) => ({ scorecardId: card.id, clientId: 'tab-one-0001', seq: i + 2, ops }));
    // Sent without waiting, as a quick run of keystrokes would be, then all replayed.
    const acks = await Promise.all(patches.map((p) => command(tab, 'scorecard:patch', p)));
    expect(acks.every((a) => a.ok && !a.data.duplicate), JSON.stringify(acks)).toBe(true);
    const replays = await Promise.all(patches.map((p) => command(tab, 'scorecard:patch', p)));
    expect(replays.map((a) => a.ok && a.data.duplicate)).toEqual([true, true, true, true]);

    const stored = (await openCard(tab, rounds[0]!)).draft.stories[0]!.dataPoints;
    expect(stored).toEqual({
      team: team(9),
      'duration:project': { status: 'confirmed', value: { kind: 'duration', measures: 'project', amount: 6, unit: 'weeks' }, phrase: 'six weeks' },
    });
    await eventually(() => heard.length === 4, 5000, 'the other tab hears every patch');
    expect(heard.map((f) => f.seq)).toEqual([2, 3, 4, 5]);
  });

  it.skipIf(missing)('refuses a value in the wrong slot, and nothing once the scorecard is submitted', async () => {
    const { rounds, tab, card, storyId } = await cardWithStory();
    const wrong = await command(tab, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-one-0001', seq: 2, ops: [{ op: 'setStoryDataPoint', storyId, slot: 'role', entry: team(8) }] });
    expect(wrong.ok || wrong.error.code).toBe('bad-request');
    const ok = await command(tab, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-one-0001', seq: 2, ops: completingOps(card) });
    expect(ok.ok).toBe(true);
    expect((await command(tab, 'scorecard:submit', { scorecardId: card.id })).ok).toBe(true);
    const late = await command(tab, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-one-0001', seq: 3, ops: [{ op: 'setStoryDataPoint', storyId, slot: 'team', entry: team(8) }] });
    expect(late.ok || late.error.code).toBe('locked');
    expect((await openCard(tab, rounds[0]!)).draft.stories[0]!.dataPoints).toEqual({});
  });

  it.skipIf(missing)("suggests data points from the story's saved notes, to its own interviewer only", async () => {
    const { loop, rounds, tab, card, storyId } = await cardWithStory();
    const ack = await command(tab, 'scorecard:suggest', { scorecardId: card.id, storyId });
    if (!ack.ok) throw new Error(ack.error.message);
    const { suggestions } = DataPointSuggestions.parse(ack.data);
    const teamSize = suggestions.find((s) => s.slot === 'team')!;
    expect(teamSize.value).toMatchObject({ kind: 'team', size: 8 });
    expect(PLANTED[0][teamSize.field].slice(teamSize.start, teamSize.end)).toBe(teamSize.phrase);
    expect(suggestions.find((s) => s.slot === 'metric')?.value).toMatchObject({ kind: 'metric', before: 22, after: 15, unit: '%' });

    const colleague = createClient(server.url, { token: loop.interviewer(2).token });
    await connected(colleague);
    await openCard(colleague, rounds[1]!);
    const refused = await command(colleague, 'scorecard:suggest', { scorecardId: card.id, storyId });
    expect(refused.ok || refused.error.code).toBe('not-found');
    const unsaved = await command(tab, 'scorecard:suggest', { scorecardId: card.id, storyId: '00000000-0000-4000-8000-000000000001' });
    expect(unsaved.ok || unsaved.error.code).toBe('not-found');
  });
});
