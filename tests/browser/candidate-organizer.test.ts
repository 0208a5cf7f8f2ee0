import { LEADERSHIP_PRINCIPLES } from '@mockloop/shared';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { VIEWPORTS, describeBrowser, expectNoPageErrors, expectNoSeriousA11yViolations, newPage, screenshot, startAppAndBrowser } from './harness';

const INTERVIEWERS = ['Iris Chen', 'Priya Nair', 'Tom Okafor', 'Maya Lopez', 'Raj Bar'] as const;

/**
 * "I am the candidate": the candidate sets up their own loop and never sees the LP matrix,
 * a round's LPs or the Bar Raiser, from the wizard through the links to their dashboard,
 * and every screen says why.
 */
describeBrowser('a candidate organizing their own loop', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
  const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();

  /** Text of the page's main part, without the add-a-question form (its LP picker lists all 16). */
  const mainText = (page: Page) =>
    page.getByRole('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('form').forEach((form) => form.remove());
      return copy.innerText;
    });

  it('sets up the loop without choosing or seeing the Bar Raiser or any round’s LPs', async () => {
    const page = await newPage(browser, { viewport: VIEWPORTS.laptop });
    await page.addInitScript({ content: axe.source });
    try {
      await page.goto(new URL('/loops/new', server.url).href);
      await page.getByLabel('Candidate name', { exact: true }).fill('Ada Lovelace');
      await page.getByLabel('I am the candidate (I am organizing my own mock loop)').check();
      await page.getByText('MockLoop will pick the Bar Raiser').waitFor();
      await page.getByLabel('Date', { exact: true }).fill('2031-05-06');
      await next(page);

      await stepHeading(page, 'Rounds').waitFor();
      await page.getByText('MockLoop picks them when the loop is created and does not tell you who.').waitFor();
      await expect(page.getByLabel('This interviewer is the Bar Raiser').count()).resolves.toBe(0);
      await expect(page.locator('.round-card .badge--bar-raiser').count()).resolves.toBe(0);
      for (const [index, name] of INTERVIEWERS.entries()) await page.locator(`#loop-rounds-${index}-interviewer-name`).fill(name);
      await next(page);

      await stepHeading(page, 'Leadership Principles').waitFor();
      await page.getByRole('heading', { level: 3, name: 'Who asks about which LP stays hidden from you' }).waitFor();
      await expect(page.locator('.lp-matrix__table').count()).resolves.toBe(0);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'candidate-organizer-lps-1280x800');
      await next(page);

      await stepHeading(page, 'Review & create').waitFor();
      const review = await page.locator('.review-rounds').innerText();
      expect(review).not.toMatch(/Bar Raiser|LPs:/);
      await page.getByText('You are the candidate: MockLoop picks the Bar Raiser').waitFor();
      await screenshot(page, 'candidate-organizer-review-1280x800');
      await page.getByRole('button', { name: 'Create loop' }).click();

      // The links: every person's, none marked as the Bar Raiser's.
      await page.getByRole('heading', { level: 1, name: /share the links/i }).waitFor();
      await page.getByText('You are the candidate: MockLoop picked the Bar Raiser').waitFor();
      await expect(page.locator('.link-card').count()).resolves.toBe(2 + INTERVIEWERS.length);
      await expect(page.locator('.link-card .badge--bar-raiser, .link-card.round-card--bar-raiser').count()).resolves.toBe(0);
      await page.locator('.link-card', { hasText: 'Candidate (you)' }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'candidate-organizer-links-1280x800');

      // The dashboard: people, times and progress; no LPs, no Bar Raiser, and a note saying why.
      await page.getByRole('link', { name: 'Go to the organizer dashboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ada Lovelace’s loop' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'You are the candidate in this loop' }).waitFor();
      await expect(page.getByRole('columnheader', { name: 'Leadership Principles' }).count()).resolves.toBe(0);
      await expect(page.locator('.loop-badge--bar-raiser').count()).resolves.toBe(0);
      const text = await mainText(page);
      for (const lp of LEADERSHIP_PRINCIPLES) expect(text, `the dashboard names ${lp.name}`).not.toContain(lp.name);
      // "Bar Raiser" appears only where the page says it is hidden, and where feedback comes from.
      const mentions = text.split('\n').filter((line) => /bar raiser/i.test(line));
      for (const line of mentions) expect(line).toMatch(/picked the Bar Raiser|once the Bar Raiser publishes it/);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'candidate-organizer-dashboard-1280x800');

      await page.setViewportSize(VIEWPORTS.phone);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'You are the candidate in this loop' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'candidate-organizer-dashboard-390x844');
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});
