import { readFile } from 'node:fs/promises';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api';
import { PLANTED, loopWithSubmittedScorecards } from '../helpers/debrief';
import type { TestServer } from '../helpers/server';
import { VIEWPORTS, describeBrowser, expectNoSeriousA11yViolations, startAppAndBrowser, newPage, screenshot } from './harness';

/** The app's Content-Security-Policy forbids inline scripts; evaluate axe through DevTools instead. */
async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  await expectNoSeriousA11yViolations(page);
}

const LIVE = { timeout: 8000 };

describeBrowser('the debrief, live for the panel, and the feedback the candidate reads', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  /**
   * Opens an invite link on the test server in its own context, lands on the loop screen, and
   * records uncaught errors (the board answers 409 before it opens, which Chromium logs as a
   * console error, so console errors are not held against the page here).
   */
  async function openLink(url: string, loopId: string, viewport: { width: number; height: number } = VIEWPORTS.laptop) {
    const page = await newPage(browser, { viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const invite = new URL(url);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => u.pathname === `/loops/${loopId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return { page, errors };
  }

  const readCells = (page: Page) => page.getByTestId('read-grid').locator('td[data-read="true"]').count();

  it('runs read, re-vote, discuss and decide live on every screen, then the candidate reads, downloads and prints the feedback', async () => {
    const { loop } = await loopWithSubmittedScorecards(server.url, {
      stories: { 1: [PLANTED[0]], 3: [PLANTED[1]] },
      // One Below gives the candidate questions to practise.
      rating: (position, lpIndex) => (position === 2 && lpIndex === 0 ? 'below' : 'meets'),
    });
    const people = [loop.interviewer(1), loop.interviewer(2), loop.interviewer(3), loop.barRaiser];
    const opened = await Promise.all(people.map((link) => openLink(link.url, loop.loopId)));
    const pages = opened.map((o) => o.page);
    const [ana, ben, cleo, eve] = pages as [Page, Page, Page, Page];
    try {
      // Ana follows the link on her loop screen; the others go straight to the address.
      await ana.getByRole('link', { name: 'Debrief' }).click();
      await Promise.all([ben, cleo, eve].map((page) => page.goto(`${server.url}/loops/${loop.loopId}/debrief`)));
      for (const page of pages) await page.getByRole('heading', { level: 1, name: 'Waiting for scorecards' }).waitFor();

      // The Bar Raiser opens it; every screen turns into the board without a reload.
      await eve.getByRole('button', { name: 'Open the debrief' }).click();
      for (const page of pages) await page.getByRole('heading', { level: 1, name: 'Debrief: Sam Ortiz' }).waitFor(LIVE);

      // Read: each marks one scorecard read; the who-read grid updates on every screen.
      for (const page of pages) await page.getByRole('button', { name: /^Mark as read/ }).first().click();
      for (const page of pages) await expect.poll(() => readCells(page), LIVE).toBe(4);

      // Re-vote: Ben changes his vote; Ana's table shows the first vote beside the new one.
      await eve.getByRole('button', { name: 'Move everyone to Re-vote' }).click();
      await ben.getByRole('heading', { name: 'Your vote' }).waitFor(LIVE);
      await ben.getByRole('radio', { name: 'Inclined Not to Hire' }).check();
      await ben.getByRole('button', { name: 'Change my vote' }).click();
      const benRow = ana.locator('.db-votes tbody tr', { hasText: 'Ben' });
      await expect.poll(() => benRow.textContent(), LIVE).toMatch(/Inclined to Hire.*Inclined Not to Hire.*Changed/);

      // Discuss: the Bar Raiser spotlights the conflicting story; it appears on every screen.
      await eve.getByRole('button', { name: 'Move everyone to Discuss' }).click();
      const picker = eve.getByLabel('Spotlight on every screen');
      await picker.waitFor(LIVE);
      const conflictOption = await picker.locator('option', { hasText: 'conflict' }).first().getAttribute('value');
      expect(conflictOption, 'the story checker found no conflict between the planted stories').toBeTruthy();
      await picker.selectOption(conflictOption!);
      await eve.getByRole('button', { name: 'Put in the spotlight' }).click();
      for (const page of pages) {
        const spotlight = page.getByTestId('spotlight');
        await spotlight.waitFor(LIVE);
        const marked = await spotlight.locator('mark').allTextContents();
        expect(marked.join(' | ')).toMatch(/8 engineers/);
        expect(marked.join(' | ')).toMatch(/20-engineer/);
        expect(await spotlight.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
      }
      await expectAccessible(eve);
      await expectAccessible(ana);
      await screenshot(eve, 'debrief-board-discuss-laptop');
      await cleo.setViewportSize(VIEWPORTS.phone);
      await screenshot(cleo, 'debrief-board-discuss-phone');

      // Decide (its own phase) and publish.
      await eve.getByRole('button', { name: 'Move everyone to Decide' }).click();
      await eve.getByRole('radio', { name: 'Hire', exact: true }).waitFor(LIVE);
      await eve.getByRole('radio', { name: 'Hire', exact: true }).check();
      await eve.getByLabel('Rationale').fill('Strong across the loop; the team size in the checkout story needs checking.');
      await eve.getByRole('button', { name: 'Record decision' }).click();
      for (const page of pages) await page.getByRole('heading', { name: 'Decision: ✓ Hire' }).waitFor(LIVE);
      await eve.getByLabel('Show interviewers’ names beside their evidence').check();
      await eve.getByLabel('Strengths').fill('Customer-first framing\nClear metrics in the checkout story');
      await eve.getByLabel('Growth areas').fill('Keep the facts of a story the same each time');
      await eve.getByRole('button', { name: 'Publish feedback' }).click();
      await ana.getByRole('link', { name: 'Read the published feedback' }).waitFor(LIVE);

      // The candidate follows the lobby's link to the feedback.
      const { page: candidate, errors: candidateErrors } = await openLink(loop.candidate.url, loop.loopId, VIEWPORTS.laptop);
      try {
        await candidate.getByRole('link', { name: 'Your feedback' }).click();
        await candidate.getByRole('heading', { level: 1, name: 'Feedback for Sam Ortiz' }).waitFor();
        const consistency = candidate.getByRole('region', { name: 'Story consistency' });
        await expect(consistency.textContent()).resolves.toMatch(/8 engineers/);
        await expect(consistency.textContent()).resolves.toMatch(/20-engineer/);
        await expect(candidate.getByRole('heading', { name: 'What to practise next' }).count()).resolves.toBe(1);

        const [download] = await Promise.all([candidate.waitForEvent('download'), candidate.getByRole('button', { name: 'Download Markdown' }).click()]);
        expect(download.suggestedFilename()).toBe('mockloop-feedback.md');
        const markdown = await readFile((await download.path())!, 'utf8');
        expect(markdown).toContain('## Story consistency');
        expect(markdown).toMatch(/8 engineers/);
        const fromServer = await api(server.url, `/api/loops/${loop.loopId}/feedback.md`, { token: loop.candidate.token });
        expect(markdown).toBe(fromServer.text);

        await expectAccessible(candidate);
        await screenshot(candidate, 'feedback-laptop');
        await candidate.setViewportSize(VIEWPORTS.phone);
        await screenshot(candidate, 'feedback-phone');
        await candidate.emulateMedia({ media: 'print' });
        await expect(candidate.getByRole('button', { name: 'Download Markdown' }).isVisible()).resolves.toBe(false);
        await candidate.setViewportSize(VIEWPORTS.laptop);
        await screenshot(candidate, 'feedback-print');
        // The print stylesheet starts each section (overview, LPs, strengths, consistency, practice) on its own page.
        const pdf = (await candidate.pdf({ format: 'A4' })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
        expect(candidateErrors).toEqual([]);
      } finally {
        await candidate.close();
      }
      for (const { errors } of opened) expect(errors).toEqual([]);
    } finally {
      await Promise.all(pages.map((page) => page.close()));
    }
  }, 120_000);
});
