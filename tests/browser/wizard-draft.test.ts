import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { VIEWPORTS, describeBrowser, expectNoPageErrors, expectNoSeriousA11yViolations, newPage, screenshot, startAppAndBrowser } from './harness';

const INTERVIEWERS = ['Iris Chen', 'Priya Nair', 'Tom Okafor', 'Maya Lopez', 'Raj Bar'] as const;

/**
 * The new-loop wizard keeps its draft in the browser: a reload, browser Back and Forward (one
 * history entry per step) and leaving the page lose nothing; "Start over" can be undone; a
 * created loop leaves no draft behind.
 */
describeBrowser('the wizard keeps its draft through reloads and Back', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openWizard(viewport: { width: number; height: number }): Promise<Page> {
    const page = await newPage(browser, { viewport });
    // The app's CSP blocks the inline script the harness would add; an init script is not inline.
    await page.addInitScript({ content: axe.source });
    await page.goto(new URL('/', server.url).href);
    await page.getByRole('link', { name: 'Set up a mock loop' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up a mock loop' }).waitFor();
    return page;
  }

  const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
  const candidateName = (page: Page) => page.getByLabel('Candidate name', { exact: true });
  const interviewer = (page: Page, index: number) => page.locator(`#loop-rounds-${index}-interviewer-name`);
  const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');

  async function fillFirstTwoSteps(page: Page): Promise<void> {
    await candidateName(page).fill('Grace Hopper');
    await page.getByLabel('Your name', { exact: true }).fill('Olive Organizer');
    await page.getByLabel('Date', { exact: true }).fill('2031-05-06');
    await page.getByRole('button', { name: 'Next' }).click();
    await stepHeading(page, 'Rounds').waitFor();
    for (const [index, name] of INTERVIEWERS.entries()) await interviewer(page, index).fill(name);
    await page.getByRole('button', { name: 'Next' }).click();
    await stepHeading(page, 'Leadership Principles').waitFor();
  }

  it('moves between steps with Back and Forward and keeps every field through a reload and a visit elsewhere', async () => {
    const page = await openWizard(VIEWPORTS.laptop);
    try {
      expect(stepParam(page)).toBeNull();
      await fillFirstTwoSteps(page);
      expect(stepParam(page)).toBe('lps');

      // Browser Back walks the steps, not out of the wizard, and every field is still there.
      await page.goBack();
      await stepHeading(page, 'Rounds').waitFor();
      expect(stepParam(page)).toBe('rounds');
      await expect(interviewer(page, 4).inputValue()).resolves.toBe('Raj Bar');
      await expect(stepHeading(page, 'Rounds').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.goBack();
      await stepHeading(page, 'Candidate & loop').waitFor();
      await expect(candidateName(page).inputValue()).resolves.toBe('Grace Hopper');
      await page.goForward();
      await stepHeading(page, 'Rounds').waitFor();
      await page.goForward();
      await stepHeading(page, 'Leadership Principles').waitFor();

      // A reload comes back to the same step with the draft, and says so.
      await page.reload();
      await stepHeading(page, 'Leadership Principles').waitFor();
      await page.getByText(/Your draft from .* is back/).waitFor();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await stepHeading(page, 'Rounds').waitFor();
      await expect(interviewer(page, 0).inputValue()).resolves.toBe('Iris Chen');
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'wizard-draft-restored-1280x800');

      // Leaving for the home page and coming back with Back keeps it too.
      await page.getByRole('link', { name: 'MockLoop', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'MockLoop' }).waitFor();
      await page.goBack();
      await stepHeading(page, 'Rounds').waitFor();
      await expect(interviewer(page, 2).inputValue()).resolves.toBe('Tom Okafor');

      // Start over sets the draft aside, and can be undone.
      await page.getByRole('button', { name: 'Start over' }).click();
      await stepHeading(page, 'Candidate & loop').waitFor();
      await expect(candidateName(page).inputValue()).resolves.toBe('');
      await page.getByRole('button', { name: 'Bring back the previous draft' }).click();
      await stepHeading(page, 'Rounds').waitFor();
      await expect(interviewer(page, 1).inputValue()).resolves.toBe('Priya Nair');
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(candidateName(page).inputValue()).resolves.toBe('Grace Hopper');
      await page.getByRole('button', { name: 'Next' }).click();
      await stepHeading(page, 'Rounds').waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await stepHeading(page, 'Leadership Principles').waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await stepHeading(page, 'Review & create').waitFor();
      await page.getByRole('button', { name: 'Create loop' }).click();
      await page.getByRole('heading', { level: 1, name: /share the links/i }).waitFor();

      // The loop exists: the wizard opens empty, with no draft to bring back, and an address
      // naming a step not reached yet opens the first step.
      await page.goto(new URL('/loops/new?step=review', server.url).href);
      await stepHeading(page, 'Candidate & loop').waitFor();
      await expect.poll(() => stepParam(page)).toBeNull();
      await expect(candidateName(page).inputValue()).resolves.toBe('');
      await expect(page.getByText(/Your draft from/).count()).resolves.toBe(0);
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('keeps the draft on a phone after a reload', async () => {
    const page = await openWizard(VIEWPORTS.phone);
    try {
      await candidateName(page).fill('Alan Turing');
      await page.getByLabel('Your name', { exact: true }).fill('Olive Organizer');
      await page.getByLabel('Date', { exact: true }).fill('2031-05-06');
      await page.getByRole('button', { name: 'Next' }).click();
      await stepHeading(page, 'Rounds').waitFor();
      await interviewer(page, 0).fill('Iris Chen');
      await page.reload();
      await stepHeading(page, 'Rounds').waitFor();
      await expect(interviewer(page, 0).inputValue()).resolves.toBe('Iris Chen');
      await page.goBack();
      await stepHeading(page, 'Candidate & loop').waitFor();
      await expect(candidateName(page).inputValue()).resolves.toBe('Alan Turing');
      await page.getByText(/Your draft from .* is back/).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'wizard-draft-restored-390x844');
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});
