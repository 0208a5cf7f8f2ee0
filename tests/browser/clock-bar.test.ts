import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops';
import { api, createLoop } from '../helpers/api';
import { startTestServer, type TestServer } from '../helpers/server';
import { closeAllClients, command, connected, createClient } from '../helpers/socket';
import { VIEWPORTS, describeBrowser, expectNoPageErrors, expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot } from './harness';

const ROUND_MS = 60 * 60_000;
/** How long the clock has left when it starts: the "1 minute left" warning falls this much later, minus a minute. */
const LEFT_AT_START_MS = 75_000;

/**
 * The interviewer takes notes far below the big clock: a bar at the top of the window keeps
 * the time left, the phase and the warnings in view, on a laptop and on a phone, and jumps
 * between the questions, the story cards and the scorecard.
 */
describeBrowser('the clock stays in view while the interviewer writes', () => {
  let server: TestServer;
  let browser: Browser;
  // The server's clock, moved back while the round starts so it starts with little time left.
  let offsetMs = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ clientDir: process.env.TMP_CLIENT_DIR, now: () => Date.now() + offsetMs }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    closeAllClients();
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openRoom(url: string, loopId: string, roundId: string, viewport: { width: number; height: number }): Promise<Page> {
    const page = await newPage(browser, { viewport });
    const invite = new URL(url);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => u.pathname === `/loops/${loopId}`);
    await page.goto(new URL(`/loops/${loopId}/rounds/${roundId}`, server.url).href);
    await page.getByTestId('countdown').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Scorecard' }).waitFor();
    return page;
  }

  const bar = (page: Page) => page.getByRole('region', { name: 'Clock, kept in view' });

  /** The bar sits at the top of the window and the heading jumped to sits just below it, not under it. */
  async function expectHeadingBelowBar(page: Page, heading: string): Promise<void> {
    const target = page.getByRole('heading', { level: 2, name: heading });
    await expect
      .poll(async () => {
        const [barBox, headingBox] = await Promise.all([bar(page).boundingBox(), target.boundingBox()]);
        if (!barBox || !headingBox) return 'not shown';
        const size = page.viewportSize()!;
        if (barBox.y !== 0) return `bar at ${barBox.y}`;
        if (headingBox.y < barBox.height) return `heading under the bar (${headingBox.y} < ${barBox.height})`;
        if (headingBox.y > size.height / 2) return `heading low in the window (${headingBox.y})`;
        return 'in view';
      })
      .toBe('in view');
    await expect(target.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  }

  it('shows time, phase and the 1-minute warning above the scorecard, on a laptop and a phone', async () => {
    const loop = await createLoop(server.url, loopRequest({ startsAt: '2031-01-06T10:00' }));
    const ana = loop.interviewer(1);
    const view = (await api(server.url, `/api/loops/${loop.loopId}`, { token: ana.token })).body as { viewer: { roundId: string } };
    const roundId = view.viewer.roundId;

    const laptop = await openRoom(ana.url, loop.loopId, roundId, VIEWPORTS.laptop);
    const phone = await openRoom(ana.url, loop.loopId, roundId, VIEWPORTS.phone);
    try {
      // At the top the big clock is in view and the bar is not needed.
      await expect(bar(laptop).count()).resolves.toBe(0);
      await screenshot(phone, 'clock-bar-room-top-390x844', { fullPage: false });
      for (const page of [laptop, phone]) {
        await page.getByRole('navigation', { name: 'Your notes' }).first().getByRole('button', { name: 'Scorecard' }).click();
        await bar(page).waitFor();
        await bar(page).getByText('Not started').waitFor();
        await expectHeadingBelowBar(page, 'Scorecard');
      }

      // The round starts with 1:15 left, in its last phase.
      const socket = createClient(server.url, { token: ana.token });
      await connected(socket);
      offsetMs = -(ROUND_MS - LEFT_AT_START_MS);
      const started = await command(socket, 'clock:start', { roundId });
      offsetMs = 0;
      expect(started.ok).toBe(true);
      for (const page of [laptop, phone]) {
        await bar(page).getByText(/Candidate's questions: 01:\d\d left/).waitFor();
        const time = await page.getByTestId('clock-bar-time').innerText();
        expect(time).toMatch(/01:[01]\d$/);
      }
      await screenshot(phone, 'clock-bar-scorecard-390x844', { fullPage: false });

      // The warning shows in the bar while the interviewer stays at the scorecard.
      for (const page of [laptop, phone]) await bar(page).getByText('1 minute left').waitFor({ timeout: LEFT_AT_START_MS });
      await expectHeadingBelowBar(laptop, 'Scorecard');
      await screenshot(laptop, 'clock-bar-warning-1280x800', { fullPage: false });
      await screenshot(phone, 'clock-bar-warning-390x844', { fullPage: false });

      // On the phone the bar jumps between the questions, the stories and the scorecard.
      await bar(phone).getByRole('button', { name: 'Questions' }).click();
      await expectHeadingBelowBar(phone, 'Questions to ask');
      await bar(phone).getByRole('button', { name: 'Stories' }).click();
      await expectHeadingBelowBar(phone, 'Stories');
      await bar(phone).getByRole('button', { name: 'Scorecard' }).click();
      await expectHeadingBelowBar(phone, 'Scorecard');
      // A field focused from far away scrolls into view clear of the bar.
      await phone.evaluate(() => window.scrollTo(0, 0));
      await bar(phone).waitFor({ state: 'detached' });
      const summary = phone.locator('#scorecard-summary');
      await summary.focus();
      await bar(phone).waitFor();
      const [barBox, fieldBox] = await Promise.all([bar(phone).boundingBox(), summary.boundingBox()]);
      expect(fieldBox!.y).toBeGreaterThanOrEqual(barBox!.height);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the room scrolls sideways on a phone').toBeLessThanOrEqual(0);

      // Back at the top the big clock takes over again.
      await laptop.evaluate(() => window.scrollTo(0, 0));
      await bar(laptop).waitFor({ state: 'detached' });
      for (const page of [laptop, phone]) {
        await expectNoSeriousA11yViolations(page);
        expectNoPageErrors(page);
      }
    } finally {
      await Promise.all([laptop.close(), phone.close()]);
    }
  });
});
