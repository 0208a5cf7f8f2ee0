import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops';
import { createLoop } from '../helpers/api';
import type { TestServer } from '../helpers/server';
import path from 'node:path';
import { SCREENSHOT_DIR, VIEWPORTS, describeBrowser, expectNoPageErrors, expectNoSeriousA11yViolations, startAppAndBrowser, newPage, screenshot } from './harness';

const NOTES = 'Private notes — never shown to the candidate';
const SECRET = 'SECRET-NOTE: leaned on the team a lot';

/** The app's Content-Security-Policy forbids inline scripts; evaluate axe through DevTools instead. */
async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  await expectNoSeriousA11yViolations(page);
}

/** A close-up of one part of the page, readable at full size. */
async function shotOf(page: Page, selector: string, name: string): Promise<void> {
  await page.locator(selector).first().screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

describeBrowser('the interviewer room: questions, story cards, autosave through a dropped connection, submit', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  /** Opens an invite link in its own context, then goes straight to the round's room. */
  async function openRoom(url: string, loopId: string, roundId: string, viewport: { width: number; height: number } = VIEWPORTS.laptop): Promise<Page> {
    const page = await newPage(browser, { viewport });
    const invite = new URL(url);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => u.pathname === `/loops/${loopId}`);
    // Follow the loop screen's link (one page, one socket): a full navigation here would cut the
    // socket mid-handshake and log a WebSocket error that is the test's doing, not the app's.
    await page.locator(`a[href$="/rounds/${roundId}"]`).first().click();
    await page.getByTestId('countdown').waitFor();
    return page;
  }

  const saveStatus = (page: Page) => page.getByTestId('save-status');
  const waitSaved = (page: Page, timeout = 10_000) => expect.poll(() => saveStatus(page).textContent(), { timeout }).toContain('Saved');

  it('keeps every word through an offline spell and a reload, shows only the question to the candidate, and locks on submit', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const roundId = await firstRoundId(loop.organizer.token, loop.loopId);
    const interviewer = await openRoom(loop.interviewer(1).url, loop.loopId, roundId);
    const candidate = await openRoom(loop.candidate.url, loop.loopId, roundId, VIEWPORTS.sideBySide);
    // The offline spell makes the browser log failed reconnect requests; anything else is a bug.
    const problems: string[] = [];
    interviewer.on('pageerror', (error) => problems.push(error.message));
    interviewer.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED')) problems.push(m.text());
    });
    try {
      await interviewer.getByRole('heading', { name: 'Questions to ask' }).waitFor();
      await waitSaved(interviewer);
      await expect(candidate.getByTestId('shown-question').textContent()).resolves.toContain('When your interviewer shows a question');
      await expect(candidate.getByRole('heading', { name: 'Questions to ask' }).count()).resolves.toBe(0);

      // Ask: the question is marked asked and a story card opens with the cursor in Situation.
      const question = interviewer.locator('.iv-question').first();
      const questionText = (await question.locator('.iv-question__text').textContent())!;
      await question.getByRole('button', { name: 'Ask' }).click();
      await question.getByText('Asked', { exact: true }).waitFor();
      const story = interviewer.locator('.iv-story').first();
      await expect(story.getByLabel('Question asked').inputValue()).resolves.toBe(questionText);
      await expect.poll(() => interviewer.evaluate(() => (document.activeElement as HTMLElement | null)?.id ?? '')).toMatch(/-situation$/);
      await interviewer.keyboard.type('Churn doubled after a pricing change.');
      await story.getByLabel('Task', { exact: true }).fill('I owned the retention plan for the quarter.');
      await story.getByLabel('Action', { exact: true }).fill('I interviewed 12 customers and rewrote the onboarding.');
      await story.getByLabel('Result', { exact: true }).fill('Churn fell from 6% to 4%');
      await story.getByLabel(NOTES).fill(SECRET);
      await story.getByRole('checkbox', { name: 'Used "we" for everything' }).check();

      // Show to candidate: the question, and never the notes.
      await question.getByRole('button', { name: 'Show to candidate' }).click();
      await expect.poll(() => candidate.getByTestId('shown-question').textContent(), { timeout: 20_000 }).toContain(questionText);
      await expect(candidate.locator('body').textContent()).resolves.not.toContain('SECRET-NOTE');
      await waitSaved(interviewer);
      await screenshot(candidate, 'interview-room-candidate-shown-800');
      await candidate.setViewportSize(VIEWPORTS.phone);
      await screenshot(candidate, 'interview-room-candidate-shown-390');

      // The connection drops; typing goes on and waits in browser storage.
      await interviewer.context().setOffline(true);
      // Offline stops new requests but not an open WebSocket: the server drops the interviewer's
      // connection the way a network cut does (a transport close, so the client will reconnect).
      for (const socket of await server.app.io.fetchSockets()) {
        if (socket.data.principal?.role === 'interviewer') server.app.io.sockets.sockets.get(socket.id)?.conn.close();
      }
      await expect.poll(() => saveStatus(interviewer).textContent(), { timeout: 20_000 }).toMatch(/^Offline/);
      await story.getByLabel('Result', { exact: true }).fill('Churn fell from 6% to 4% in one quarter, typed offline.');
      const lps = interviewer.locator('.iv-rating');
      await lps.first().getByLabel(/^Evidence for/).fill('Owned churn end to end (offline).');
      await interviewer.getByLabel('Strengths').fill('Clear metrics, typed offline.');
      await expect.poll(() => saveStatus(interviewer).textContent(), { timeout: 20_000 }).toMatch(/^Offline — [1-9]\d* changes? waiting$/);
      await screenshot(interviewer, 'interview-room-offline-1280');
      await interviewer.evaluate(() => window.scrollTo(0, 0));
      await interviewer.locator('.iv-panel').scrollIntoViewIfNeeded();
      await interviewer.screenshot({ path: path.join(SCREENSHOT_DIR, 'interview-room-offline-viewport-1280.png') });
      await shotOf(interviewer, '.iv-ask', 'interview-room-questions-1280');
      await shotOf(interviewer, '.iv-story', 'interview-room-story-1280');

      await interviewer.context().setOffline(false);
      await waitSaved(interviewer, 20_000);

      // A reload brings every word back from the server.
      await interviewer.reload();
      await interviewer.locator('.iv-story').first().waitFor();
      await waitSaved(interviewer);
      const reloaded = interviewer.locator('.iv-story').first();
      await expect(reloaded.getByLabel('Situation', { exact: true }).inputValue()).resolves.toBe('Churn doubled after a pricing change.');
      await expect(reloaded.getByLabel('Result', { exact: true }).inputValue()).resolves.toBe('Churn fell from 6% to 4% in one quarter, typed offline.');
      await expect(reloaded.getByLabel(NOTES).inputValue()).resolves.toBe(SECRET);
      await expect(reloaded.getByRole('checkbox', { name: 'Used "we" for everything' }).isChecked()).resolves.toBe(true);
      await expect(interviewer.locator('.iv-rating').first().getByLabel(/^Evidence for/).inputValue()).resolves.toBe('Owned churn end to end (offline).');
      await expect(interviewer.getByLabel('Strengths').inputValue()).resolves.toBe('Clear metrics, typed offline.');
      await expect(interviewer.locator('.iv-question').first().getByText('Asked', { exact: true }).isVisible()).resolves.toBe(true);

      // Submit refuses with the list of what is missing, inline.
      const count = await lps.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) await lps.nth(i).getByLabel('Meets', { exact: true }).check();
      await interviewer.getByRole('button', { name: 'Submit scorecard' }).click();
      const missing = interviewer.locator('.iv-missing');
      await expect(missing.textContent()).resolves.toContain('Cast your vote.');
      await expect(missing.textContent()).resolves.toContain('Write a summary for the debrief.');
      await expectAccessible(interviewer);
      await screenshot(interviewer, 'interview-room-missing-1280');
      await shotOf(interviewer, '.iv-scorecard', 'interview-room-scorecard-missing-1280');

      await interviewer.getByLabel('Inclined to Hire').check();
      await interviewer.getByLabel('Summary for the debrief').fill('Owns outcomes and measures them; would hire.');
      await interviewer.setViewportSize(VIEWPORTS.phone);
      await screenshot(interviewer, 'interview-room-interviewer-390');
      await shotOf(interviewer, '.iv-story', 'interview-room-story-390');
      await shotOf(interviewer, '.iv-scorecard', 'interview-room-scorecard-390');
      await interviewer.setViewportSize(VIEWPORTS.laptop);
      await interviewer.getByRole('button', { name: 'Submit scorecard' }).click();
      await interviewer.getByTestId('scorecard-locked').waitFor();
      await expect(saveStatus(interviewer).textContent()).resolves.toContain('Submitted — locked');
      await expect(interviewer.getByLabel('Summary for the debrief').getAttribute('readonly')).resolves.not.toBeNull();
      await expect(interviewer.getByLabel('Inclined to Hire').isDisabled()).resolves.toBe(true);
      await expect(interviewer.getByRole('button', { name: 'Submit scorecard' }).count()).resolves.toBe(0);
      await expectAccessible(interviewer);
      await screenshot(interviewer, 'interview-room-submitted-1280');
      await shotOf(interviewer, '.iv-scorecard', 'interview-room-scorecard-submitted-1280');
      await interviewer.setViewportSize(VIEWPORTS.phone);
      await screenshot(interviewer, 'interview-room-submitted-390');

      // Clear: the candidate's screen empties.
      await interviewer.getByRole('button', { name: 'Clear the candidate’s screen' }).click();
      await expect.poll(() => candidate.getByTestId('shown-question').textContent(), { timeout: 20_000 }).toContain('When your interviewer shows a question');
      await expect(candidate.locator('body').textContent()).resolves.not.toContain('SECRET-NOTE');
      await expectAccessible(candidate);
      expect(problems).toEqual([]);
      expectNoPageErrors(candidate);
    } finally {
      await Promise.all([interviewer.close(), candidate.close()]);
    }
  });

  async function firstRoundId(token: string, loopId: string): Promise<string> {
    const view = await fetch(`${server.url}/api/loops/${loopId}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await view.json()) as { rounds: { id: string; position: number }[] };
    return body.rounds.sort((x, y) => x.position - y.position)[0]!.id;
  }
});
