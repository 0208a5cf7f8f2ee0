import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoryDataPoints } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops';
import { createLoop } from '../helpers/api';
import { PLANTED, loopWithSubmittedScorecards, post } from '../helpers/debrief';
import { roundIds } from '../helpers/scorecard';
import type { TestServer } from '../helpers/server';
import path from 'node:path';
import { SCREENSHOT_DIR, VIEWPORTS, describeBrowser, expectNoSeriousA11yViolations, startAppAndBrowser, newPage, screenshot } from './harness';

/** The app's Content-Security-Policy forbids inline scripts; evaluate axe through DevTools instead. */
async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  await expectNoSeriousA11yViolations(page);
}

const STEP = { timeout: 20_000 };
/** A close-up of one part of the page, readable at full size. */
const shotOf = (page: Page, selector: string, name: string) => page.locator(selector).first().screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describeBrowser('story data points: confirmed in the room, compared and dismissed in the debrief', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openLink(url: string, loopId: string): Promise<{ page: Page; errors: string[] }> {
    const page = await newPage(browser, { viewport: VIEWPORTS.laptop });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const invite = new URL(url);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => u.pathname === `/loops/${loopId}`);
    return { page, errors };
  }

  it('the interviewer sees suggestions with their phrase, confirms one with Y, edits one with E and dismisses one with N; all kept', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const [roundId] = await roundIds(server.url, loop.loopId, loop.organizer.token);
    const { page, errors } = await openLink(loop.interviewer(1).url, loop.loopId);
    try {
      await page.locator(`a[href$="/rounds/${roundId}"]`).first().click();
      await page.getByTestId('countdown').waitFor();
      await page.getByRole('button', { name: 'Add a story' }).click();
      const story = page.locator('.iv-story').first();
      for (const [label, text] of [['Situation', PLANTED[0].situation], ['Task', PLANTED[0].task], ['Action', PLANTED[0].action], ['Result', PLANTED[0].result]] as const) {
        await story.getByLabel(label, { exact: true }).fill(text);
      }
      const points = story.getByRole('list', { name: 'Data points of story 1' });
      const row = (name: string) => points.locator('li', { has: page.locator('.iv-dp__label', { hasText: new RegExp(`^${name}$`) }) });

      // Suggestions arrive from the server with the phrase they came from marked in the notes.
      await expect.poll(() => row('Team size').textContent(), STEP).toContain('8 people');
      await expect(row('Team size').locator('mark').textContent()).resolves.toBe('team of 8 engineers');
      await expect.poll(() => row('Key metric').textContent(), STEP).toContain('22% → 15%');
      await expect.poll(() => row('Their role').textContent(), STEP).toContain('Led it');
      await screenshot(page, 'data-points-suggested-laptop');
      await shotOf(page, '.iv-dp', 'data-points-suggested-closeup');

      // One keystroke each while the candidate talks.
      await row('Team size').focus();
      await page.keyboard.press('y');
      await expect.poll(() => row('Team size').textContent(), STEP).toMatch(/8 people.*confirmed/);
      // Focus moved on to the next row still waiting for a decision.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.slot)).toBe('role');
      await page.keyboard.press('n');
      await expect.poll(() => row('Their role').textContent(), STEP).toContain('Suggestion dismissed');

      await row('Key metric').focus();
      await page.keyboard.press('e');
      const after = row('Key metric').getByLabel('After');
      await after.waitFor();
      await after.fill('14');
      await after.press('Enter');
      await expect.poll(() => row('Key metric').textContent(), STEP).toMatch(/22% → 14%.*confirmed/);

      await expectAccessible(page);
      await screenshot(page, 'data-points-decided-laptop');
      await shotOf(page, '.iv-dp', 'data-points-decided-closeup');
      await page.setViewportSize(VIEWPORTS.phone);
      await expect(noHorizontalScroll(page)).resolves.toBe(true);
      await row('Team size').scrollIntoViewIfNeeded();
      await screenshot(page, 'data-points-decided-phone');
      await shotOf(page, '.iv-dp', 'data-points-decided-phone-closeup');

      // Autosaved like every other field: a reload brings every decision back.
      await expect.poll(() => page.getByTestId('save-status').textContent(), STEP).toContain('Saved');
      await page.reload();
      await expect.poll(() => row('Team size').textContent(), STEP).toMatch(/8 people.*confirmed/);
      await expect(row('Key metric').textContent()).resolves.toMatch(/22% → 14%/);
      await expect(row('Their role').textContent()).resolves.toContain('Suggestion dismissed');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('the debrief compares confirmed data points side by side with a reason, says "told in rounds", and the Bar Raiser dismisses the flag with a reason', async () => {
    const team = (size: number, phrase: string): StoryDataPoints => ({ team: { status: 'confirmed', value: { kind: 'team', size, whose: 'candidate' }, phrase } });
    const { loop } = await loopWithSubmittedScorecards(server.url, {
      stories: { 1: [{ ...PLANTED[0], dataPoints: team(8, 'team of 8 engineers') }], 3: [{ ...PLANTED[1], dataPoints: team(20, '20-engineer effort') }] },
    });
    expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/open`, loop.barRaiser.token)).status).toBe(200);
    const [eve, ana] = await Promise.all([openLink(loop.barRaiser.url, loop.loopId), openLink(loop.interviewer(1).url, loop.loopId)]);
    try {
      for (const { page } of [eve, ana]) {
        await page.goto(`${server.url}/loops/${loop.loopId}/debrief`);
        await page.getByRole('heading', { level: 1, name: 'Debrief: Sam Ortiz' }).waitFor(STEP);
      }
      const board = eve.page;
      await board.getByRole('heading', { level: 3, name: /told in rounds 1 and 3/ }).waitFor(STEP);
      const flag = board.locator('.db-conflict', { hasText: 'Different team size' }).first();
      await expect(flag.textContent()).resolves.toContain('From data points both interviewers confirmed');
      await expect(flag.textContent()).resolves.toContain('Rounds 1 and 3 give the team different sizes (as the interviewers confirmed: 8 people vs 20 people).');
      await expect(flag.locator('figure').allTextContents()).resolves.toEqual([expect.stringMatching(/team of 8 engineers.*Round 1 · Ana/), expect.stringMatching(/20-engineer effort.*Round 3 · Cleo/)]);
      await expect(board.getByRole('definition').filter({ hasText: '8 people, their own team' }).count()).resolves.toBeGreaterThan(0);
      await expectAccessible(board);
      await flag.scrollIntoViewIfNeeded();
      await screenshot(board, 'debrief-confirmed-conflict-laptop');
      await shotOf(board, '.db-group', 'debrief-confirmed-group-closeup');

      // Only the Bar Raiser has the button; the reason is asked for in a dialog first.
      await expect(ana.page.getByRole('button', { name: 'Not a conflict…' }).count()).resolves.toBe(0);
      await flag.getByRole('button', { name: 'Not a conflict…' }).click();
      const dialog = board.getByRole('dialog', { name: 'Dismiss this flag as not a conflict?' });
      await dialog.waitFor();
      await dialog.getByLabel('Why it is not a conflict').fill('Round 1 counted only the engineers; round 3 the whole program.');
      await expectAccessible(board);
      await screenshot(board, 'debrief-dismiss-dialog-laptop');
      await shotOf(board, 'dialog[open]', 'debrief-dismiss-dialog-closeup');
      await dialog.getByRole('button', { name: 'Dismiss the flag' }).click();
      await dialog.waitFor({ state: 'hidden', ...STEP });

      // Every screen shows the dismissal and its reason, live.
      for (const page of [board, ana.page]) {
        await expect.poll(() => page.locator('.db-conflict', { hasText: 'Different team size' }).first().textContent(), STEP).toContain('Not a conflict, said Eve: “Round 1 counted only the engineers; round 3 the whole program.”');
      }
      await board.setViewportSize(VIEWPORTS.phone);
      await expect(noHorizontalScroll(board)).resolves.toBe(true);
      await board.locator('.db-conflict').first().scrollIntoViewIfNeeded();
      await screenshot(board, 'debrief-dismissed-phone');
      await shotOf(board, '.db-group', 'debrief-dismissed-phone-closeup');
      expect([...eve.errors, ...ana.errors]).toEqual([]);
    } finally {
      await Promise.all([eve.page.close(), ana.page.close()]);
    }
  }, 120_000);
});
