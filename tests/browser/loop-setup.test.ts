import axe from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import {
  VIEWPORTS,
  describeBrowser,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  startAppAndBrowser,
  newPage,
  screenshot,
} from './harness';

/**
 * The server's CSP (script-src 'self') blocks the inline <script> the harness adds for axe-core.
 * An init script is injected by the browser itself, before CSP applies, on every document of
 * the page; the harness then finds `window.axe` and reuses it.
 */
async function withAxe(page: Page): Promise<Page> {
  await page.addInitScript({ content: axe.source });
  return page;
}

const INTERVIEWERS = ['Iris Chen', 'Priya Nair', 'Tom Okafor', 'Maya Lopez', 'Raj Bar'] as const;

describeBrowser('loop set-up wizard', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openWizard(viewport: { width: number; height: number }): Promise<Page> {
    const page = await withAxe(await newPage(browser, { viewport }));
    // Fail at the step that went wrong rather than at the test's overall timeout.
    page.setDefaultTimeout(10_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(new URL('/loops/new', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Set up a mock loop' }).waitFor();
    return page;
  }

  const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
  const coverage = (page: Page) => page.locator('.coverage');

  /** Step 1 by keyboard: type, Tab between fields, Space on the checkbox, Enter for Next. */
  async function fillLoopStep(page: Page) {
    await page.getByLabel('Candidate name', { exact: true }).click();
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Tab'); // candidate email (optional)
    await page.keyboard.press('Tab'); // "I am the candidate"
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Your name', { exact: true }).inputValue()).resolves.toBe('Ada Lovelace');
    await page.keyboard.press('Space'); // no: someone else organizes
    await page.keyboard.press('Tab');
    await page.keyboard.type('Olive Organizer');
    await page.getByLabel('Target role', { exact: true }).selectOption('product-manager');
    await page.getByLabel('Date', { exact: true }).fill('2030-03-04');
    await page.getByLabel('Start time', { exact: true }).fill('18:30');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Europe/London');
    await page.getByLabel('Meeting link (optional)', { exact: true }).click();
    await page.keyboard.type('https://meet.example.com/loop');
    await page.keyboard.press('Enter');
    await stepHeading(page, 'Rounds').waitFor();
  }

  async function fillInterviewers(page: Page) {
    for (const [index, name] of INTERVIEWERS.entries()) {
      await page.locator(`#loop-rounds-${index}-interviewer-name`).fill(name);
    }
  }

  /** Cell buttons of one LP row, with which rounds currently probe it. */
  async function rowState(page: Page, lpName: string): Promise<boolean[]> {
    const cells = page.getByRole('button', { name: new RegExp(`^${lpName}: round \\d`) });
    return cells.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-pressed') === 'true'));
  }

  async function lpsPerRound(page: Page): Promise<number[]> {
    return page.locator('.lp-matrix__table tbody tr').evaluateAll((rows) => {
      const counts: number[] = [];
      for (const row of rows) {
        row.querySelectorAll('button[aria-pressed]').forEach((button, col) => {
          counts[col] = (counts[col] ?? 0) + (button.getAttribute('aria-pressed') === 'true' ? 1 : 0);
        });
      }
      return counts;
    });
  }

  it('creates a loop, lets the organizer move an LP by hand and shares an interviewer link', async () => {
    const page = await openWizard(VIEWPORTS.laptop);
    try {
      await expect(page.getByText('Step 1 of 4').isVisible()).resolves.toBe(true);
      await expectNoSeriousA11yViolations(page);
      await fillLoopStep(page);
      await expect(isFocused(stepHeading(page, 'Rounds'))).resolves.toBe(true);

      // Step 2: five PM rounds by default, the last one the Bar Raiser.
      expect(await page.locator('.round-card').count()).toBe(5);
      await expect(page.locator('#loop-rounds-4-isBarRaiser').isChecked()).resolves.toBe(true);
      await fillInterviewers(page);
      await page.locator('.round-card').nth(1).getByRole('button', { name: 'Add a shadow' }).click();
      await page.getByLabel('Shadow 1 name', { exact: true }).fill('Sam Shadow');
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'loop-setup-rounds-1280x800');
      await page.getByRole('button', { name: 'Next' }).click();

      // Step 3: the matrix starts fully covered.
      await stepHeading(page, 'Leadership Principles').waitFor();
      await expect(coverage(page).innerText()).resolves.toContain('Every focus LP is covered');
      const before = await rowState(page, 'Customer Obsession');
      const from = before.indexOf(true);
      const counts = await lpsPerRound(page);
      const to = counts.findIndex((count, col) => col !== from && count < 3);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeGreaterThanOrEqual(0);

      // Mouse: take Customer Obsession away from its interviewer; coverage flags the gap.
      const cell = (col: number) => page.getByRole('button', { name: new RegExp(`^Customer Obsession: round ${col + 1},`) });
      await cell(from).click();
      await expect(cell(from).getAttribute('aria-pressed')).resolves.toBe('false');
      await expect(coverage(page).innerText()).resolves.toMatch(/Customer Obsession is not covered by any interviewer/);
      await expectNoSeriousA11yViolations(page);

      // Keyboard: arrow along the row to another interviewer and press Space to give it to them.
      const arrow = to > from ? 'ArrowRight' : 'ArrowLeft';
      for (let i = 0; i < Math.abs(to - from); i += 1) await page.keyboard.press(arrow);
      await expect(isFocused(cell(to))).resolves.toBe(true);
      await page.keyboard.press('Space');
      await expect(cell(to).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(coverage(page).innerText()).resolves.toContain('Every focus LP is covered');
      await expect(page.getByText('You have changed the matrix by hand.').isVisible()).resolves.toBe(true);
      await screenshot(page, 'loop-setup-lps-1280x800');
      await page.getByRole('button', { name: 'Next' }).click();

      // Step 4: the schedule in the loop's zone (60-minute rounds, 10-minute breaks).
      await stepHeading(page, 'Review & create').waitFor();
      const review = await page.locator('.review-rounds').innerText();
      expect(review).toContain('18:30–19:30');
      expect(review).toContain('19:40–20:40');
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'loop-setup-review-1280x800');
      await page.getByRole('button', { name: 'Create loop' }).click();

      // The links page, with the organizer's token kept in this browser.
      await page.getByRole('heading', { level: 1, name: /share the links/i }).waitFor();
      const loopId = new URL(page.url()).pathname.split('/')[2] ?? '';
      expect(new URL(page.url()).pathname).toBe(`/loops/${loopId}/links`);
      const held = await page.evaluate(() => JSON.parse(localStorage.getItem('mockloop:identities') ?? '[]') as { loopId: string; role: string; token: string }[]);
      expect(held.filter((identity) => identity.loopId === loopId).map((identity) => identity.role)).toEqual(['organizer']);
      expect(held[0]?.token).toMatch(/\S{20,}/);
      expect(await page.locator('.link-card').count()).toBe(2 + INTERVIEWERS.length + 1);
      await expect(page.getByText('These links are shown only once.').isVisible()).resolves.toBe(true);
      await expect(page.locator('.link-card', { hasText: 'Raj Bar' }).getByText('Bar Raiser', { exact: true }).isVisible()).resolves.toBe(true);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'loop-links-1280x800');

      const priya = page.locator('.link-card', { hasText: 'Priya Nair' });
      await expect(priya.innerText()).resolves.toContain('Round 2: Product sense');
      await priya.getByRole('button', { name: 'Copy link for Priya Nair' }).click();
      await priya.getByRole('status').getByText('Copied', { exact: true }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await priya.getByRole('textbox').inputValue());
      expect(copied).toMatch(/\/join#token=/);
      expectNoPageErrors(page);

      // The interviewer opens their link in their own browser and lands on their round.
      const interviewer = await newPage(browser, { viewport: VIEWPORTS.laptop });
      try {
        await interviewer.goto(copied);
        await interviewer.waitForURL((url) => url.pathname === `/loops/${loopId}`);
        await interviewer.getByRole('heading', { level: 1, name: /round 2: Product sense/ }).waitFor();
        await expect(interviewer.getByText('Interviewer: Priya Nair').isVisible()).resolves.toBe(true);
        expectNoPageErrors(interviewer);
      } finally {
        await interviewer.close();
      }
    } finally {
      await page.close();
    }
  });

  it('works on a phone: blocks Next on a phases mismatch and maps a server 400 back to its field', async () => {
    const page = await openWizard(VIEWPORTS.phone);
    try {
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'loop-setup-candidate-390x844');
      await fillLoopStep(page);
      await fillInterviewers(page);

      // Questions 40 instead of 45: the sum no longer fills the 60-minute round.
      const questions = page.locator('#loop-rounds-0-phases-1-minutes');
      await questions.fill('40');
      const phasesError = page.locator('#loop-rounds-0-phases-error');
      await expect(phasesError.innerText()).resolves.toContain('The phases add up to 55 minutes but the round lasts 60');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(stepHeading(page, 'Rounds').isVisible()).resolves.toBe(true);
      await expect(page.locator('.error-summary').innerText()).resolves.toContain('Round 1: phases');
      // Focus lands on the first invalid field, which names the error it is described by.
      const focused = page.locator(':focus');
      await expect(focused.getAttribute('id')).resolves.toBe('loop-rounds-0-phases-0-minutes');
      await expect(focused.getAttribute('aria-describedby')).resolves.toContain('loop-rounds-0-phases-error');
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'loop-setup-rounds-error-390x844');

      await questions.fill('45');
      await expect(phasesError.count()).resolves.toBe(0);
      await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
      await screenshot(page, 'loop-setup-rounds-390x844');
      await page.getByRole('button', { name: 'Next' }).click();

      // The matrix scrolls inside its own box; the page itself never scrolls sideways.
      await stepHeading(page, 'Leadership Principles').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const scrolls = await page.locator('.lp-matrix').evaluate((box) => box.scrollWidth > box.clientWidth);
      expect(scrolls).toBe(true);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'loop-setup-lps-390x844');
      await page.getByRole('button', { name: 'Next' }).click();
      await stepHeading(page, 'Review & create').waitFor();
      await expectNoSeriousA11yViolations(page);

      // A server-side refusal lands on the field it names (here round 3's title).
      await page.route('**/api/loops', (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'bad-request',
              message: 'Invalid request',
              details: { issues: [{ path: 'body.rounds.2.title', message: 'must not be empty' }] },
            },
          }),
        }),
      );
      await page.getByRole('button', { name: 'Create loop' }).click();
      await stepHeading(page, 'Rounds').waitFor();
      const title = page.locator('#loop-rounds-2-title');
      await expect(isFocused(title)).resolves.toBe(true);
      await expect(page.locator('#loop-rounds-2-title-error').innerText()).resolves.toContain('Must not be empty.');
      await page.unroute('**/api/loops');

      // Any edit clears the server's errors; then on to a real creation.
      await title.fill('Behavioral: delivery and trade-offs (deep dive)');
      await expect(page.locator('#loop-rounds-2-title-error').count()).resolves.toBe(0);
      await page.getByRole('button', { name: /Review & create/ }).click();
      await stepHeading(page, 'Review & create').waitFor();
      await page.getByRole('button', { name: 'Create loop' }).click();
      await page.getByRole('heading', { level: 1, name: /share the links/i }).waitFor();
      const overflowLinks = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflowLinks).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'loop-links-390x844');
      // No expectNoPageErrors here: Chromium logs the staged 400 above as a console error.

      // Links are shown once: a fresh visit explains that and points to the dashboard.
      const later = await withAxe(await newPage(browser, { viewport: VIEWPORTS.phone }));
      try {
        await later.goto(page.url());
        await later.getByRole('heading', { level: 1, name: 'Loop links' }).waitFor();
        await expect(later.getByText(/shown only once/).isVisible()).resolves.toBe(true);
        const dashboard = later.getByRole('link', { name: 'Go to the organizer dashboard' });
        await expect(dashboard.getAttribute('href')).resolves.toBe(new URL(page.url()).pathname.replace(/\/links$/, ''));
        await expectNoSeriousA11yViolations(later);
      } finally {
        await later.close();
      }
    } finally {
      await page.close();
    }
  });
});
