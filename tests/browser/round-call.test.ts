import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { matrixLoopRequest } from '../security/world';
import { createLoop } from '../helpers/api';
import { roundIds } from '../helpers/scorecard';
import { startTestServer, type TestServer } from '../helpers/server';
import { delaySignals, loseCandidates, loseFirstOffers, traceSignals } from './call-relay';
import { FAKE_MEDIA_ARGS, VIEWPORTS, describeBrowser, expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot } from './harness';

/**
 * The round's built-in call in real Chromium with fake camera and microphone, over loopback
 * (no STUN needed: ICE_SERVERS is empty). One server and one browser for the file; the
 * candidate and interviewer pages are reused from step to step, as one call goes on. The
 * later steps each use a round of their own, whose signals the server relays badly on purpose
 * (call-relay.ts). Every page traces its negotiation, and a call that does not connect prints
 * the last lines of every open page (CALL_DEBUG=1 prints them all, and the server's relays).
 */
describeBrowser('a round call between the people in the round', () => {
  let server: TestServer;
  let browser: Browser;
  let loop: Awaited<ReturnType<typeof createLoop>>;
  let roundId: string;
  /** Rounds 2 to 5, one per step that bends the relay. */
  let otherRounds: string[];
  let candidate: Page;
  let interviewer: Page;
  const sid = () => loop.links.find((l) => l.role === 'shadow' && l.name === 'Sid')!;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ clientDir: process.env.TMP_CLIENT_DIR }), launchBrowser(FAKE_MEDIA_ARGS)]);
    loop = await createLoop(server.url, matrixLoopRequest());
    [roundId, ...otherRounds] = (await roundIds(server.url, loop.loopId, loop.organizer.token)) as [string, ...string[]];
    if (process.env.CALL_DEBUG) traceSignals(server);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  /** Opens an invite link, then the round's room by its address (a shadow's home does not link to it). */
  async function openRoom(inviteUrl: string, viewport: { width: number; height: number } = VIEWPORTS.laptop, round = roundId): Promise<Page> {
    const page = await newPage(browser, { viewport });
    const link = loop.links.find((l) => l.url === inviteUrl);
    const who = `${link?.role ?? '?'}:${link?.participantId.slice(0, 4) ?? '?'}`;
    // The page traces its negotiation (client/src/features/call/call-debug.ts).
    await page.addInitScript(() => {
      try {
        localStorage.setItem('mockloop:call-debug', '1');
      } catch {
        /* about:blank has no storage */
      }
    });
    const seen: string[] = [];
    problems.set(page, seen);
    page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // CALL_DEBUG=1 prints every console line of the pages (negotiation warnings included).
      if (process.env.CALL_DEBUG) console.log('[page]', who, Date.now() % 100000, message.type(), message.text().slice(0, 300));
      recent.set(page, [...(recent.get(page) ?? []).slice(-59), `${who} ${message.type()}: ${message.text().slice(0, 200)}`]);
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

  /** The candidate and the interviewer of round `position` (2 to 5) join its call, each in a new page. */
  async function joinPair(position: number) {
    const round = otherRounds[position - 2]!;
    const them = { candidate: loop.candidate.participantId, interviewer: loop.interviewer(position).participantId };
    const [mine, theirs] = await Promise.all([openRoom(loop.candidate.url, VIEWPORTS.laptop, round), openRoom(loop.interviewer(position).url, VIEWPORTS.laptop, round)]);
    for (const page of [mine, theirs]) {
      await page.getByRole('button', { name: 'Check camera and microphone' }).click();
      await page.getByRole('button', { name: 'Join the call' }).click();
    }
    return { round, them, mine, theirs };
  }

  /** Both ends connected, and media arrives at both. */
  async function flowing(pair: Awaited<ReturnType<typeof joinPair>>) {
    await connectedTo(pair.mine, pair.them.interviewer);
    await connectedTo(pair.theirs, pair.them.candidate);
    await expectRising(pair.mine, pair.them.interviewer, 'data-bytes-in');
    await expectRising(pair.theirs, pair.them.candidate, 'data-bytes-in');
  }

  it('connects even when both first offers are lost in transit: an unanswered offer is sent again', async () => {
    // The server drops the first offer each of the two sends in this round, as a socket that
    // drops mid-offer would. Perfect negotiation alone would then wait forever on both sides.
    const lost = loseFirstOffers(server, otherRounds[0]!);
    const pair = await joinPair(2);
    await flowing(pair);
    expect([...lost].sort(), 'both first offers were lost').toEqual([pair.them.candidate, pair.them.interviewer].sort());
    await Promise.all([pair.mine.close(), pair.theirs.close()]);
  }, 90_000);

  it('connects when signalling is slower than the offer retry: a copy of an offer gets the same answer, never a new negotiation', async () => {
    // Every signal arrives 3.5 s late, so each offer is sent again before its answer comes back.
    delaySignals(server, otherRounds[1]!, 3500);
    const pair = await joinPair(3);
    await flowing(pair);
    await Promise.all([pair.mine.close(), pair.theirs.close()]);
  }, 120_000);

  it('connects again when someone reloads the page: their new connection replaces the old one', async () => {
    const pair = await joinPair(4);
    await flowing(pair);
    await pair.theirs.reload();
    await pair.theirs.getByRole('button', { name: 'Check camera and microphone' }).click();
    await pair.theirs.getByRole('button', { name: 'Join the call' }).click();
    await flowing(pair);
    expect(await pair.mine.locator('.call-tile[data-peer]').count(), 'one tile for them, not two').toBe(1);
    await Promise.all([pair.mine.close(), pair.theirs.close()]);
  }, 120_000);

  it('connects even when ICE candidates were lost: a link that settled but never started checking restarts ICE', async () => {
    // The server loses every candidate until both links have settled and gathered without one
    // (none is left to trickle), as a relay between server processes losing messages would.
    let losing = true;
    loseCandidates(server, otherRounds[3]!, () => losing);
    const pair = await joinPair(5);
    const negotiation = (page: Page, peer: string) => tile(page, peer).getAttribute('data-negotiation');
    await expect.poll(() => negotiation(pair.mine, pair.them.interviewer), { timeout: 20_000 }).toBe('stable/complete/new');
    await expect.poll(() => negotiation(pair.theirs, pair.them.candidate), { timeout: 20_000 }).toBe('stable/complete/new');
    losing = false;
    await flowing(pair);
    const restarts = (await attr(pair.mine, pair.them.interviewer, 'data-ice-restarts')) + (await attr(pair.theirs, pair.them.candidate, 'data-ice-restarts'));
    expect(restarts, 'the stalled link restarted ICE').toBeGreaterThan(0);
    await Promise.all([pair.mine.close(), pair.theirs.close()]);
  }, 120_000);
});
