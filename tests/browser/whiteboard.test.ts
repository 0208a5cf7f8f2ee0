import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops';
import { createLoop } from '../helpers/api';
import { loopWithSubmittedScorecards, post } from '../helpers/debrief';
import { command, connected, createClient } from '../helpers/socket';
import { roundIds } from '../helpers/scorecard';
import type { TestServer } from '../helpers/server';
import { VIEWPORTS, describeBrowser, expectNoPageErrors, newPage, screenshot, startAppAndBrowser } from './harness';

/**
 * The whiteboard of a design round, in three browsers: the candidate and the interviewer draw,
 * the shadow watches and sees both drawings; a reload keeps the scene. What each page holds is
 * read from its own "Export SVG" (Excalidraw's exporter draws each text as SVG text).
 */
describeBrowser('the whiteboard of a design round', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  /** Opens an invite link, then the round page; returns the page and the bytes of JS and CSS it fetched. */
  async function openBoard(inviteUrl: string, loopId: string, roundId: string, viewport: { width: number; height: number } = VIEWPORTS.laptop) {
    const page = await newPage(browser, { viewport });
    const fetched = new Map<string, number>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\.(js|css)$/.test(path)) fetched.set(path, 0);
    });
    await join(page, inviteUrl);
    await page.goto(`${server.url}/loops/${loopId}/rounds/${roundId}`);
    await waitForBoard(page);
    return { page, fetched };
  }

  /**
   * Opens an invite link and waits until the loop page is live, so leaving it does not cut a
   * socket handshake in half (the browser would log that as an error).
   */
  async function join(page: Page, inviteUrl: string) {
    const invite = new URL(inviteUrl);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => /^\/loops\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByText('Updates live').first().waitFor({ timeout: 10_000 });
  }

  async function waitForBoard(page: Page) {
    await page.locator('[data-testid="whiteboard-canvas"] canvas.interactive').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.whiteboard__status').getAttribute('data-sync'), { timeout: 10_000 }).toBe('saved');
  }

  /** Picks the text tool by keyboard, writes `text` at a spot of the canvas, and leaves the editor. */
  async function writeText(page: Page, text: string, at: { x: number; y: number }) {
    const canvas = page.locator('[data-testid="whiteboard-canvas"] canvas.interactive');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y); // focus the board
    await page.keyboard.press('t');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const editor = page.locator('textarea.excalidraw-wysiwyg');
    await editor.waitFor({ timeout: 10_000 });
    await page.keyboard.type(text);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached', timeout: 5000 });
  }

  /** The scene as this page holds it, through its own SVG export. */
  async function exportedSvg(page: Page): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    return readFile((await download.path())!, 'utf8');
  }

  async function expectScene(page: Page, texts: string[]) {
    await expect.poll(async () => {
      const svg = await exportedSvg(page);
      return texts.filter((t) => svg.includes(t));
    }, { timeout: 10_000, interval: 500 }).toEqual(texts);
  }

  /**
   * axe on the page with Excalidraw's own UI left out: the drawing library has known issues of
   * its own (an unnamed menu button, unnamed popover dialogs) that MockLoop cannot fix from
   * outside; everything MockLoop renders around the board is checked.
   */
  async function expectAccessibleAroundTheBoard(page: Page) {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axe.source};0`);
    const serious = await page.evaluate(async () => {
      const runner = (window as unknown as { axe: typeof axe }).axe;
      const results = await runner.run({ exclude: [['.excalidraw']] } as never, { resultTypes: ['violations'] });
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(serious).toEqual([]);
  }

  it('two draw, the shadow sees both, a reload keeps the scene, and the page fits a phone', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const roundId = (await roundIds(server.url, loop.loopId, loop.organizer.token))[1]!; // "Working backwards", a design round
    const candidate = await openBoard(loop.candidate.url, loop.loopId, roundId);
    const interviewer = await openBoard(loop.interviewer(2).url, loop.loopId, roundId);
    const shadow = await openBoard(loop.shadow.url, loop.loopId, roundId, VIEWPORTS.phone);
    try {
      await writeText(candidate.page, 'Load balancer', { x: 520, y: 200 });
      await writeText(interviewer.page, 'Message queue', { x: 560, y: 380 });
      await expectScene(shadow.page, ['Load balancer', 'Message queue']);
      await expectScene(candidate.page, ['Load balancer', 'Message queue']);

      // The shadow watches: no drawing tools, and it says so.
      await expect(shadow.page.locator('.whiteboard__status').textContent()).resolves.toMatch(/watching/);
      await expect(shadow.page.getByTestId('toolbar-text').count()).resolves.toBe(0);
      const sideways = await shadow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, 'sideways scroll at phone width (px)').toBeLessThanOrEqual(0);
      await screenshot(shadow.page, 'whiteboard-shadow-390');

      await candidate.page.reload();
      await waitForBoard(candidate.page);
      await expectScene(candidate.page, ['Load balancer', 'Message queue']);
      await screenshot(candidate.page, 'whiteboard-candidate-after-reload-1280');

      await expectAccessibleAroundTheBoard(interviewer.page);
      for (const { page } of [candidate, interviewer, shadow]) expectNoPageErrors(page);

      // What a design round's first visit costs, and how much of it is the whiteboard (for the README).
      const sizes = await Promise.all(
        [...interviewer.fetched.keys()].map(async (path) => {
          const body = await readFile(new URL(`../../client/dist${path}`, import.meta.url)).catch(() => Buffer.alloc(0));
          return { path, raw: body.length, gzip: gzipSync(body).length };
        }),
      );
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      const total = sizes.reduce((s, f) => s + f.gzip, 0);
      console.info(`design round first visit: ${sizes.length} JS/CSS files, ${kb(total)} gzip; files: ${sizes.map((f) => `${f.path.split('/').pop()} ${kb(f.gzip)}`).join(', ')}`);
    } finally {
      await Promise.all([candidate.page.close(), interviewer.page.close(), shadow.page.close()]);
    }
  }, 120_000);

  it('shows a design round\'s whiteboard read-only at the debrief, to an interviewer of another round, with export', async () => {
    const { loop, rounds } = await loopWithSubmittedScorecards(server.url);
    const candidate = createClient(server.url, { token: loop.candidate.token });
    await connected(candidate);
    const text = { id: 'note-1', type: 'text', version: 2, versionNonce: 5, isDeleted: false, x: 40, y: 40, width: 220, height: 25, angle: 0, strokeColor: '#1e1e1e', backgroundColor: 'transparent', fillStyle: 'solid', strokeWidth: 2, strokeStyle: 'solid', roughness: 1, opacity: 100, groupIds: [], frameId: null, roundness: null, seed: 7, boundElements: null, updated: 1, link: null, locked: false, text: 'Sharded database', originalText: 'Sharded database', fontSize: 20, fontFamily: 5, textAlign: 'left', verticalAlign: 'top', containerId: null, lineHeight: 1.25, autoResize: true };
    const drawn = await command(candidate, 'whiteboard:update', { roundId: rounds[1]!, clientId: 'debrief-fixture-tab', seq: 1, elements: [text] });
    expect(drawn).toMatchObject({ ok: true });
    candidate.disconnect();
    expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/open`, loop.barRaiser.token)).status).toBe(200);

    const page = await newPage(browser, { viewport: VIEWPORTS.phone });
    try {
      await join(page, loop.interviewer(1).url); // Ana runs round 1, not the design round
      await page.goto(`${server.url}/loops/${loop.loopId}/debrief`);
      await page.getByRole('button', { name: /Show the whiteboard of Round 2/ }).click();
      await page.locator('[data-testid="whiteboard-canvas"] canvas').first().waitFor({ timeout: 20_000 });
      await expectScene(page, ['Sharded database']);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, 'sideways scroll at phone width (px)').toBeLessThanOrEqual(0);
      await screenshot(page, 'whiteboard-debrief-390');
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  }, 120_000);
});
