import axe from 'axe-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops';
import { api, createLoop } from '../helpers/api';
import { createGroup, groupRequest, planAndCreateSeries } from '../helpers/group';
import { post } from '../helpers/debrief';
import { completingOps, openCard, roundIds } from '../helpers/scorecard';
import type { TestServer } from '../helpers/server';
import { command, connected, createClient } from '../helpers/socket';
import { SCREENSHOT_DIR, VIEWPORTS, describeBrowser, expectNoSeriousA11yViolations, newPage, screenshot, startAppAndBrowser } from './harness';

async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  await expectNoSeriousA11yViolations(page);
}

const STEP = { timeout: 20_000 };
const shotOf = (page: Page, selector: string, name: string) => page.locator(selector).first().screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The story typed in the UI; the round-1 telling changes its team size (6 -> 15). */
const TYPED = {
  title: 'Scanner sync rollout',
  situation: 'Our warehouse scanners dropped orders at the Leeds site.',
  action: 'I led a team of 6 engineers to rebuild the scanner sync.',
  result: 'Dropped orders fell from 3% to 0.5%.',
};

/** Seven stories imported as JSON; one retells the typed story's project with another team size. */
const IMPORTED = [
  { title: 'Scanner sync under pressure', situation: 'The Leeds warehouse scanners kept dropping orders before peak.', action: 'I led a team of 14 engineers to rebuild the scanner sync before peak.', result: 'We shipped it.', lps: ['deliver-results'] },
  { title: 'Pager fatigue', situation: 'On-call engineers were paged forty times a week.', action: 'I grouped alerts by service and deleted the noisy ones.', result: 'Pages fell from 40 a week to 6.', lps: ['earn-trust'] },
  { title: 'Vendor contract', situation: 'Our logging vendor raised prices by half.', action: 'I benchmarked two alternatives and negotiated.', result: 'We saved $120K a year.', lps: ['frugality'] },
  { title: 'Onboarding guide', situation: 'New hires took a month to ship their first change.', action: 'I wrote a guide and paired with each new hire.', result: 'First changes shipped in 8 days.', lps: ['hire-and-develop-the-best'] },
  { title: 'Pricing page test', situation: 'Sign-ups from the pricing page were flat.', action: 'I ran an A/B test of a simpler page.', result: 'Sign-ups rose 12%.', lps: ['customer-obsession', 'bias-for-action'] },
  { title: 'Data retention', situation: 'We kept user logs forever.', action: 'I pushed back on the default and wrote the retention policy.', result: 'Stored logs fell by 70%.', lps: ['have-backbone-disagree-and-commit'] },
  { title: 'Search latency', situation: 'Search took 900 ms at p99.', action: 'I profiled the query path and added a cache.', result: 'p99 dropped from 900 ms to 250 ms.', lps: ['dive-deep', 'insist-on-the-highest-standards'] },
];

describeBrowser('story bank: prepared by the candidate, linked in the room, compared in the debrief', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openLink(url: string, loopId: string) {
    const page = await newPage(browser, { viewport: VIEWPORTS.laptop });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const invite = new URL(url);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => u.pathname === `/loops/${loopId}`);
    return { page, errors };
  }

  it('a candidate builds a bank of 8 stories, sees coverage and a contradiction, shares titles; an interviewer links a telling; the debrief shows the drifted fact', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const rounds = await roundIds(server.url, loop.loopId, loop.organizer.token);
    const candidate = await openLink(loop.candidate.url, loop.loopId);
    const interviewer = await openLink(loop.interviewer(1).url, loop.loopId);
    const sam = candidate.page;
    try {
      // The candidate creates a bank from their loop page and is shown its owner link once.
      await sam.getByRole('button', { name: 'Create a story bank' }).click(STEP);
      await expect.poll(() => sam.getByLabel('Owner link').inputValue(), STEP).toMatch(/\/bank#[A-Za-z0-9_-]{43}$/);
      await sam.getByRole('link', { name: 'Open your story bank' }).click();
      await sam.getByRole('heading', { level: 1, name: 'Your story bank' }).waitFor(STEP);

      // One story typed in.
      await sam.getByRole('button', { name: 'Add a story' }).click();
      const story = sam.locator('.bank-story').first();
      await story.getByLabel('Title').fill(TYPED.title);
      await story.getByLabel('Situation').fill(TYPED.situation);
      await story.getByLabel('Action (what you did)').fill(TYPED.action);
      await story.getByLabel('Result (with numbers)').fill(TYPED.result);
      await story.getByRole('checkbox', { name: 'Ownership' }).check();
      await story.getByRole('checkbox', { name: 'Dive Deep' }).check();
      await expect.poll(() => sam.locator('.bank-save').textContent(), STEP).toBe('All changes saved');

      // Its data points, read from the saved text: the owner confirms the team and corrects the figure.
      const point = (slot: string) => story.getByRole('list', { name: 'Data points of story 1' }).locator(`[data-slot="${slot}"]`);
      await expect.poll(() => point('team').textContent(), STEP).toContain('6 people, a team you worked in suggested');
      await expect(point('team').textContent()).resolves.toContain('Action: team of 6 engineers');
      await point('team').getByRole('button', { name: 'Confirm Team size' }).click();
      await expect.poll(() => point('team').textContent(), STEP).toContain('6 people, a team you worked in confirmed');
      await point('metric').getByRole('button', { name: 'Edit Key metric' }).click();
      const after = point('metric').getByRole('form', { name: 'Edit data point' }).getByLabel('After');
      await expect(after.inputValue()).resolves.toBe('0.5');
      await after.fill('0.4');
      await after.press('Enter');
      await expect.poll(() => point('metric').textContent(), STEP).toContain('Dropped orders: 3% → 0.4% confirmed');
      // Keyboard users stay on the row; the text, which still says 0.5%, is shown beside the correction.
      await expect(point('metric').evaluate((row) => row.contains(document.activeElement))).resolves.toBe(true);
      await expect(point('metric').textContent()).resolves.toContain('Your text says otherwise, in the Result: Dropped orders fell from 3% to 0.5%');
      await expect.poll(() => sam.locator('.bank-save').textContent(), STEP).toBe('All changes saved');
      await expectAccessible(sam);
      await shotOf(sam, '.bank-dp', 'bank-data-points-closeup');
      // Saved for good: a reload reads them back from the server.
      await sam.reload();
      await sam.getByRole('heading', { name: 'Stories (1)' }).waitFor(STEP);
      await sam.locator('.bank-story summary').first().click();
      await expect.poll(() => point('metric').textContent(), STEP).toContain('Dropped orders: 3% → 0.4% confirmed');
      await expect(point('team').textContent()).resolves.toContain('6 people, a team you worked in confirmed');

      // Seven more from a JSON export.
      await sam.getByLabel('Import format').selectOption('json');
      await sam.getByLabel('Paste an export to add its stories').fill(JSON.stringify({ format: 'mockloop-story-bank', version: 1, stories: IMPORTED }));
      await sam.getByRole('button', { name: 'Import stories' }).click();
      await sam.getByText('Added 7 stories.').waitFor(STEP);
      await sam.getByRole('heading', { name: 'Stories (8)' }).waitFor(STEP);

      // Coverage in words: a table row per LP.
      const row = (lp: string) => sam.locator('.bank-coverage tbody tr', { has: sam.getByRole('rowheader', { name: new RegExp(`^${lp}`) }) });
      await expect(row('Dive Deep').locator('td').first().textContent()).resolves.toBe('Several stories');
      await expect(row('Frugality').locator('td').first().textContent()).resolves.toBe('One story only');
      await expect(row('Think Big').locator('td').first().textContent()).resolves.toBe('No story');
      await expect(sam.getByTestId('focus-summary').textContent()).resolves.toMatch(/Still missing for this role: Invent and Simplify · Are Right, A Lot · Learn and Be Curious\./);

      // The self-check finds the two tellings of the scanner project disagreeing.
      await sam.getByRole('button', { name: 'Check my stories' }).click();
      const conflict = sam.locator('.bank-conflict').first();
      await conflict.waitFor(STEP);
      await expect(conflict.textContent()).resolves.toMatch(/Scanner sync rollout.*Scanner sync under pressure.*team/);
      await expect(sam.getByText(/“Scanner sync under pressure”: No number in the result/).count()).resolves.toBe(1);
      await expectAccessible(sam);
      await screenshot(sam, 'bank-laptop');
      await shotOf(sam, '.bank-coverage', 'bank-coverage-closeup');
      await shotOf(sam, '[aria-labelledby="check-title"]', 'bank-self-check-closeup');
      await sam.setViewportSize(VIEWPORTS.phone);
      await expect(noHorizontalScroll(sam)).resolves.toBe(true);
      await sam.locator('.bank-coverage').scrollIntoViewIfNeeded();
      await screenshot(sam, 'bank-coverage-phone');
      await shotOf(sam, '.bank-dp', 'bank-data-points-phone');
      await sam.setViewportSize(VIEWPORTS.laptop);

      // Shares the titles from the loop page.
      await sam.goto(`${server.url}/loops/${loop.loopId}`);
      const share = sam.getByRole('checkbox', { name: /Share the titles/ });
      await share.check(STEP);
      await expect.poll(() => share.isChecked(), STEP).toBe(true);
      await shotOf(sam, '[aria-labelledby="bank-title"]', 'bank-lobby-card-closeup');

      // The interviewer marks the story told in round 1 as told from the bank.
      const ana = interviewer.page;
      await ana.locator(`a[href$="/rounds/${rounds[0]}"]`).first().click();
      await ana.getByTestId('countdown').waitFor(STEP);
      await ana.getByRole('button', { name: 'Add a story' }).click();
      const card = ana.locator('.iv-story').first();
      await card.getByLabel('Situation', { exact: true }).fill(TYPED.situation);
      await card.getByLabel('Action', { exact: true }).fill('I led a team of 15 engineers to rebuild the scanner sync.');
      await card.getByLabel('Result', { exact: true }).fill(TYPED.result);
      const link = card.getByLabel('Told from the candidate’s story bank');
      await link.waitFor(STEP);
      // Titles only: nothing of the prepared text reaches the interviewer's page.
      await expect(link.locator('option').allTextContents()).resolves.toContain(TYPED.title);
      for (const prepared of [TYPED.action, IMPORTED[1]!.situation]) await expect(ana.content()).resolves.not.toContain(prepared);
      // The checker, reading the prepared text on the server, suggests the story; the interviewer accepts.
      await card.getByRole('button', { name: `Accept: told from “${TYPED.title}”` }).click(STEP);
      await expect.poll(() => card.textContent(), STEP).toContain(`told from the bank: “${TYPED.title}”`);
      await expect.poll(() => ana.getByTestId('save-status').textContent(), STEP).toContain('Saved');
      await expectAccessible(ana);
      await shotOf(ana, '.iv-bank-link', 'bank-room-link-closeup');

      // Every interviewer submits; the Bar Raiser opens the debrief.
      for (let position = 1; position <= rounds.length; position++) {
        const socket = createClient(server.url, { token: loop.interviewer(position).token });
        await connected(socket);
        const opened = await openCard(socket, rounds[position - 1]!);
        const patched = await command(socket, 'scorecard:patch', { scorecardId: opened.id, clientId: `bank-test-${position}`, seq: 1, ops: completingOps(opened) });
        if (!patched.ok) throw new Error(patched.error.message);
        const submitted = await command(socket, 'scorecard:submit', { scorecardId: opened.id });
        if (!submitted.ok) throw new Error(submitted.error.message);
        socket.disconnect();
      }
      expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/open`, loop.barRaiser.token)).status).toBe(200);
      const eve = await openLink(loop.barRaiser.url, loop.loopId);
      try {
        await eve.page.goto(`${server.url}/loops/${loop.loopId}/debrief`);
        const section = eve.page.getByRole('region', { name: 'Told from the candidate’s story bank' });
        await section.waitFor(STEP);
        await expect(section.getByRole('row', { name: new RegExp(TYPED.title) }).textContent()).resolves.toMatch(/told in round 1.*2 facts/);
        // Both drifts come from the data points the candidate confirmed on the bank page, against the notes.
        const [team, figure] = [section.locator('.db-conflict').nth(0), section.locator('.db-conflict').nth(1)];
        await expect(team.textContent()).resolves.toContain('Changed since preparation: Different team size');
        await expect(team.textContent()).resolves.toContain('The candidate’s data point in the bank against the notes');
        await expect(team.locator('figure').allTextContents()).resolves.toEqual([expect.stringMatching(/6 engineers.*Prepared: “Scanner sync rollout”/), expect.stringMatching(/15 engineers.*Told: Round 1/)]);
        // The notes and the prepared text both say 0.5%: only the corrected data point shows this one.
        await expect(figure.textContent()).resolves.toContain('Changed since preparation: Different numbers');
        await expect(figure.locator('figure').allTextContents()).resolves.toEqual([
          expect.stringMatching(/Dropped orders: 3% → 0\.4%.*Prepared: “Scanner sync rollout”/),
          expect.stringMatching(/fell from 3% to 0\.5%.*Told: Round 1/),
        ]);
        await expect(eve.page.getByText(`Told from the bank: “${TYPED.title}”`).count()).resolves.toBe(1);
        await expectAccessible(eve.page);
        await section.scrollIntoViewIfNeeded();
        await screenshot(eve.page, 'bank-debrief-drift-laptop');
        await shotOf(eve.page, '[aria-labelledby="db-bank-title"]', 'bank-debrief-drift-closeup');
        await eve.page.setViewportSize(VIEWPORTS.phone);
        await expect(noHorizontalScroll(eve.page)).resolves.toBe(true);
        await section.scrollIntoViewIfNeeded();
        await screenshot(eve.page, 'bank-debrief-drift-phone');
        expect(eve.errors).toEqual([]);
      } finally {
        await eve.page.close();
      }

      // The Bar Raiser decides and publishes; the candidate reads the loop against their bank.
      for (const [step, body] of [['phase', { phase: 'revote' }], ['phase', { phase: 'discuss' }], ['phase', { phase: 'decide' }], ['decision', { decision: 'no-hire', rationale: 'Results were strong but the facts moved between rounds.' }], ['publish', { showInterviewerNames: false, strengths: ['Owns outcomes'], growthAreas: ['Keep facts consistent'] }]] as const) {
        const answer = await post(server.url, `/api/loops/${loop.loopId}/debrief/${step}`, loop.barRaiser.token, body);
        expect(answer.status, `${step}: ${answer.text}`).toBe(200);
      }
      await sam.setViewportSize(VIEWPORTS.laptop);
      await sam.goto(`${server.url}/loops/${loop.loopId}/feedback`);
      const mine = sam.getByRole('region', { name: 'Your story bank in this loop' });
      await mine.waitFor(STEP);
      await expect(mine.textContent()).resolves.toContain(`“${TYPED.title}”: told in round 1; changed since you prepared it: different team size, different numbers`);
      await expect(mine.textContent()).resolves.toContain('Never told“Scanner sync under pressure”');
      await expect(mine.getByRole('listitem').filter({ hasText: `Tell “${TYPED.title}” as you prepared it (or correct the bank): the team size and the figures changed in the telling.` }).count()).resolves.toBe(1);
      await expectAccessible(sam);
      await mine.scrollIntoViewIfNeeded();
      await shotOf(sam, '[aria-labelledby="fb-bank-title"]', 'bank-feedback-closeup');
      // The Markdown the candidate keeps carries the same part, as the server's file does.
      const [download] = await Promise.all([sam.waitForEvent('download'), sam.getByRole('button', { name: 'Download Markdown' }).click()]);
      const markdown = await readFile((await download.path())!, 'utf8');
      expect(markdown).toContain(`## Your story bank in this loop\n\n### Told\n\n- “${TYPED.title}”: told in round 1; changed since you prepared it: different team size, different numbers`);
      expect(markdown).toContain('### Never told\n\n- “Scanner sync under pressure”');
      expect(markdown).toMatch(/### Your practice plan\n\n1\. Tell “Scanner sync rollout” as you prepared it \(or correct the bank\)/);
      expect(markdown).toBe((await api(server.url, `/api/loops/${loop.loopId}/feedback.md`, { token: loop.candidate.token })).text);
      // Nobody else in the loop reads that part, on the page or in the file.
      const theirs = await api(server.url, `/api/loops/${loop.loopId}/feedback`, { token: loop.organizer.token });
      expect((theirs.body as { bank: unknown }).bank).toBeNull();
      for (const reader of [loop.organizer.token, loop.barRaiser.token, loop.interviewer(1).token]) {
        const file = await api(server.url, `/api/loops/${loop.loopId}/feedback.md`, { token: reader });
        expect(file.status).toBe(200);
        expect(file.text).not.toContain('story bank');
        expect(file.text).not.toContain('Scanner sync under pressure');
      }
      expect([...candidate.errors, ...interviewer.errors]).toEqual([]);
    } finally {
      await Promise.all([sam.close(), interviewer.page.close()]);
    }
  }, 420_000);

  it("a group member keeps a bank between loops and attaches it, in one step, to the loop where they are the candidate", async () => {
    const group = await createGroup(server.url, groupRequest(6));
    const { created } = await planAndCreateSeries(server.url, group);
    const ada = group.members[0]!;
    const page = await newPage(browser, { viewport: VIEWPORTS.phone });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const invite = new URL(ada.url);
      await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
      await page.getByRole('heading', { level: 1, name: 'Hello, Ada Park' }).waitFor(STEP);
      const home = page.getByRole('region', { name: 'Your story bank' });
      await home.getByRole('button', { name: 'Create a story bank' }).click();
      await expect.poll(() => home.getByLabel('Owner link').inputValue(), STEP).toMatch(/\/bank#[A-Za-z0-9_-]{43}$/);
      await expectAccessible(page);
      await shotOf(page, '[aria-labelledby="member-bank-title"]', 'bank-member-home-closeup');
      await home.getByRole('link', { name: 'Open your story bank' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your story bank' }).waitFor(STEP);
      await page.getByRole('button', { name: 'Add a story' }).click();
      await page.locator('.bank-story').first().getByLabel('Title').fill('Quiet nights on call');
      await expect.poll(() => page.locator('.bank-save').textContent(), STEP).toBe('All changes saved');

      // Her loop as candidate: the loop page offers the bank this browser keeps.
      const loopId = created.loops.find((l) => l.candidateMemberId === ada.memberId)!.loopId;
      const seats = (await api(server.url, `/api/groups/${group.groupId}/me`, { token: ada.token })).body as { seats: { participantId: string; loopId: string; role: string }[] };
      const seat = seats.seats.find((s) => s.loopId === loopId && s.role === 'candidate')!;
      const link = (await api(server.url, `/api/groups/${group.groupId}/seats/${seat.participantId}/link`, { method: 'POST', token: ada.token })).body as { url: string };
      const seatUrl = new URL(link.url);
      await page.goto(new URL(seatUrl.pathname + seatUrl.hash, server.url).href);
      await page.waitForURL((u) => u.pathname === `/loops/${loopId}`, STEP);
      await page.getByRole('button', { name: 'Attach the story bank this browser keeps' }).click(STEP);
      await page.getByText('1 story prepared.').waitFor(STEP);
      await expect(noHorizontalScroll(page)).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 240_000);
});
