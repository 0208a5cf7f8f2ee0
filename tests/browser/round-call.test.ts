import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { matrixLoopRequest } from '../security/world';
import type { MockLoopSocket } from '../../server/src/socket/gateway.js';
import { createLoop } from '../helpers/api';
import { roundIds } from '../helpers/scorecard';
import { startTestServer, type TestServer } from '../helpers/server';
import { FAKE_MEDIA_ARGS, VIEWPORTS, describeBrowser, expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot } from './harness';

/**
 * The round's built-in call in real Chromium with fake camera and microphone, over loopback
 * (no STUN needed: ICE_SERVERS is empty). One server and one browser for the file; the
 * candidate and interviewer pages are reused from step to step, as one call goes on.
 */
describeBrowser('a round call between the people in the round', () => {
  let server: TestServer;
  let browser: Browser;
  let loop: Awaited<ReturnType<typeof createLoop>>;
  let roundId: string;
  let secondRoundId: string;
  let candidate: Page;
  let interviewer: Page;
  const sid = () => loop.links.find((l) => l.role === 'shadow' && l.name === 'Sid')!;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ clientDir: process.env.TMP_CLIENT_DIR }), launchBrowser(FAKE_MEDIA_ARGS)]);
    loop = await createLoop(server.url, matrixLoopRequest());
    [roundId, secondRoundId] = (await roundIds(server.url, loop.loopId, loop.organizer.token)) as [string, string];
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  /** Opens an invite link, then the round's room by its address (a shadow's home does not link to it). */
  async function openRoom(inviteUrl: string, viewport: { width: number; height: number } = VIEWPORTS.laptop, round = roundId): Promise<Page> {
    const page = await newPage(browser, { viewport });
    const seen: string[] = [];
    problems.set(page, seen);
    page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // CALL_DEBUG=1 prints every console line of the pages (negotiation warnings included).
      if (process.env.CALL_DEBUG) console.log('[page]', page.url().slice(-8), Date.now() % 100000, message.type(), message.text().slice(0, 300));
      recent.set(page, [...(recent.get(page) ?? []).slice(-19), `${message.type()}: ${message.text().slice(0, 200)}`]);
      opened.add(page);
      // On a loaded machine Socket.IO's polling-to-WebSocket upgrade can lose its session; the
      // browser logs that and Socket.IO reconnects by itself (the call must, and does, survive).
      if (message.type() === 'error' && !/^WebSocket connection to .* failed/.test(message.text())) seen.push(`console error: ${message.text()}`);
    });
    const invite = new URL(inviteUrl);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => /^\/loops\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.goto(`${server.url}/loops/${loop.loopId}/rounds/${round}`);
    await page.getByRole('heading', { name: 'Voice and video' }).waitFor();
    return page;
  }

  const problems = new WeakMap<Page, string[]>();
  /** The last console lines of each page, shown when a call does not connect. */
  const recent = new WeakMap<Page, string[]>();
  const opened = new Set<Page>();
  const expectNoPageErrors = (page: Page) => expect(problems.get(page), 'console / page errors').toEqual([]);

  const tile = (page: Page, participantId: string) => page.locator(`.call-tile[data-peer="${participantId}"]`);
  const attr = (page: Page, participantId: string, name: string) => tile(page, participantId).evaluate((el, n) => Number(el.getAttribute(n)), name);
  const tick = (page: Page) => page.locator('[data-stats-tick]').evaluate((el) => Number(el.getAttribute('data-stats-tick')));

  /** Resolves once the page has read its stats `readings` more times. */
  async function nextReadings(page: Page, readings: number) {
    const start = await tick(page);
    await expect.poll(() => tick(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(start + readings);
  }

  /** The figure rises between two stats readings. */
  async function expectRising(page: Page, participantId: string, name: string) {
    const before = await attr(page, participantId, name);
    await expect.poll(() => attr(page, participantId, name), { timeout: 15_000, message: `${name} of ${participantId} should rise` }).toBeGreaterThan(before);
  }

  async function connectedTo(page: Page, participantId: string) {
    try {
      await expect.poll(() => tile(page, participantId).getAttribute('data-state'), { timeout: 45_000 }).toBe('connected');
    } catch (error) {
      // Say where negotiation stood: a call that never connects is otherwise hard to read.
      const where = await tile(page, participantId).getAttribute('data-negotiation', { timeout: 1000 }).catch(() => 'no tile');
      const consoles = [...opened].filter((p) => !p.isClosed()).map((p) => `${p === page ? 'this page' : 'another page'}:\n    ${(recent.get(p) ?? []).join('\n    ')}`);
      throw new Error(`not connected to ${participantId} (signalling/gathering/ICE: ${where}): ${String(error)}\n  ${consoles.join('\n  ')}`);
    }
  }

  it('connects the candidate and the interviewer after a camera and microphone check, and media flows both ways', async () => {
    [candidate, interviewer] = await Promise.all([openRoom(loop.candidate.url), openRoom(loop.interviewer(1).url)]);
    for (const page of [candidate, interviewer]) {
      await page.getByRole('button', { name: 'Check camera and microphone' }).click();
      await page.getByLabel('Your camera preview').waitFor();
      await expect.poll(() => page.locator('meter').count()).toBe(1);
      await page.getByRole('button', { name: 'Join the call' }).click();
    }
    await connectedTo(candidate, loop.interviewer(1).participantId);
    await connectedTo(interviewer, loop.candidate.participantId);
    await expectRising(candidate, loop.interviewer(1).participantId, 'data-bytes-in');
    await expectRising(interviewer, loop.candidate.participantId, 'data-bytes-in');
    await screenshot(candidate, 'round-call-two-people');
    expectNoPageErrors(candidate);
  }, 90_000);

  it('stops sending audio while muted, and sends again when unmuted', async () => {
    const other = loop.interviewer(1).participantId;
    await expectRising(candidate, other, 'data-audio-out');
    await candidate.getByRole('button', { name: 'Mute' }).click();
    await candidate.getByRole('button', { name: 'Unmute' }).waitFor();
    await nextReadings(candidate, 2); // packets already on their way are counted, then no more
    const muted = await attr(candidate, other, 'data-audio-out');
    await nextReadings(candidate, 3);
    expect(await attr(candidate, other, 'data-audio-out')).toBe(muted);
    await candidate.getByRole('button', { name: 'Unmute' }).click();
    await expectRising(candidate, other, 'data-audio-out');
  }, 60_000);

  it('restores the call after the socket drops: it re-joins and restarts ICE, nobody leaves', async () => {
    const other = loop.interviewer(1).participantId;
    const restarts = await attr(candidate, other, 'data-ice-restarts');
    for (const socket of server.app.io.of('/').sockets.values()) {
      if (socket.data.principal.participantId === loop.candidate.participantId) socket.conn.close();
    }
    await expect.poll(() => attr(candidate, other, 'data-ice-restarts'), { timeout: 20_000 }).toBeGreaterThan(restarts);
    await connectedTo(candidate, other);
    await connectedTo(interviewer, loop.candidate.participantId);
    await expectRising(candidate, other, 'data-bytes-in');
    await expectRising(interviewer, loop.candidate.participantId, 'data-bytes-in');
    expect(await candidate.locator('.call-tile[data-peer]').count()).toBe(1);
  }, 60_000);

  it('adds a listen-only shadow: three people connected, the shadow hears both and fits a phone', async () => {
    const shadow = await openRoom(sid().url, VIEWPORTS.phone);
    await shadow.getByRole('button', { name: 'Open the call' }).click();
    await shadow.getByRole('button', { name: 'Join to listen only' }).click();
    for (const id of [loop.candidate.participantId, loop.interviewer(1).participantId]) {
      await connectedTo(shadow, id);
      await expectRising(shadow, id, 'data-bytes-in');
    }
    await connectedTo(candidate, sid().participantId);
    await connectedTo(interviewer, sid().participantId);
    expect(await shadow.getByRole('button', { name: 'Mute' }).count(), 'a shadow has nothing to mute').toBe(0);
    expect(await shadow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(shadow, 'round-call-shadow-phone');
    await expectNoSeriousA11yViolations(shadow);
    await expectNoSeriousA11yViolations(candidate);
    expectNoPageErrors(shadow);
  }, 90_000);

  it('connects even when both first offers are lost in transit: an unanswered offer is sent again', async () => {
    const them = { candidate: loop.candidate.participantId, interviewer: loop.interviewer(2).participantId };
    // The server drops the first offer each of the two sends in this round, as a socket that
    // drops mid-offer would. Perfect negotiation alone would then wait forever on both sides.
    const dropped = new Set<string>();
    const dropFirstOffer = (socket: MockLoopSocket) =>
      socket.use(([event, payload]: unknown[], next: (error?: Error) => void) => {
        const signal = payload as { roundId?: string; description?: { type?: string } };
        const from = socket.data.principal.participantId;
        if (event === 'call:signal' && signal.roundId === secondRoundId && signal.description?.type === 'offer' && !dropped.has(from)) {
          dropped.add(from);
          return;
        }
        next();
      });
    for (const socket of server.app.io.of('/').sockets.values()) dropFirstOffer(socket);
    server.app.io.on('connection', dropFirstOffer);

    const [second, theirs] = await Promise.all([openRoom(loop.candidate.url, VIEWPORTS.laptop, secondRoundId), openRoom(loop.interviewer(2).url, VIEWPORTS.laptop, secondRoundId)]);
    for (const page of [second, theirs]) {
      await page.getByRole('button', { name: 'Check camera and microphone' }).click();
      await page.getByRole('button', { name: 'Join the call' }).click();
    }
    await connectedTo(second, them.interviewer);
    await connectedTo(theirs, them.candidate);
    await expectRising(theirs, them.candidate, 'data-bytes-in');
    expect([...dropped].sort(), 'both first offers were dropped').toEqual([them.candidate, them.interviewer].sort());
    await Promise.all([second.close(), theirs.close()]);
  }, 90_000);
});
