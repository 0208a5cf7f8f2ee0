import { CreateLoopResponse, type ParticipantLink } from '@mockloop/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLoop } from '../helpers/api';
import { loopRequest } from '../fixtures/loops';
import type { TestServer } from '../helpers/server';
import {
  VIEWPORTS,
  describeBrowser,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  newPage,
  newTab,
  screenshot,
  startAppAndBrowser,
  tabOpenedBy,
} from './harness';

/**
 * One browser, several people: each tab keeps the person whose link it opened, a switcher
 * says who the tab is and changes it only when asked, and the tab's socket and requests
 * carry that person's token, through a reconnect too.
 */
describeBrowser('one browser holds several people of a loop side by side', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  /** Every token a tab sent in a Socket.IO CONNECT packet (over polling or a WebSocket), in order. */
  function socketTokens(page: Page): string[] {
    const tokens: string[] = [];
    const read = (text: string) => {
      // Engine.IO batches packets with a record separator; CONNECT to "/" is `40{auth}`.
      for (const packet of text.split('\x1e')) {
        if (packet.startsWith('40{')) tokens.push((JSON.parse(packet.slice(2)) as { token: string }).token);
      }
    };
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/socket.io/')) read(request.postData() ?? '');
    });
    page.on('websocket', (ws) => {
      ws.on('framesent', ({ payload }) => read(typeof payload === 'string' ? payload : payload.toString()));
    });
    return tokens;
  }

  /** Every bearer token a tab sent to the loop API. */
  function apiTokens(page: Page): Set<string> {
    const tokens = new Set<string>();
    page.on('request', (request) => {
      const auth = request.headers().authorization;
      if (auth && new URL(request.url()).pathname.startsWith('/api/loops/')) tokens.add(auth.replace(/^Bearer /, ''));
    });
    return tokens;
  }

  const bar = (page: Page) => page.getByRole('region', { name: 'Who you are in this tab' });

  async function waitForTokens(tokens: string[], count: number): Promise<void> {
    await expect.poll(() => tokens.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  }

  it('keeps every person of a demo in its own tab, and switches a tab only when asked', async () => {
    const first = await newPage(browser);
    try {
      const firstSocket = socketTokens(first);
      await first.goto(new URL('/', server.url).href);
      const demoResponse = first.waitForResponse((response) => new URL(response.url()).pathname === '/api/demo');
      await first.getByRole('button', { name: 'Try a demo loop' }).click();
      const demo = CreateLoopResponse.parse(await (await demoResponse).json());
      const link = (predicate: (l: ParticipantLink) => boolean) => demo.links.find(predicate)!;
      const organizer = link((l) => l.role === 'organizer');
      const candidate = link((l) => l.role === 'candidate');
      const barRaiser = link((l) => l.isBarRaiser === true);
      const shadow = link((l) => l.role === 'shadow');
      await first.getByRole('heading', { level: 1, name: /share the links/i }).waitFor();
      await first.getByText('This tab is the organizer.', { exact: false }).waitFor();
      await expectNoSeriousA11yViolations(first);
      await screenshot(first, 'identities-demo-links-1280x800');

      // The Bar Raiser's link opens in a tab of its own, as the Bar Raiser.
      const second = await tabOpenedBy(first, () => first.getByRole('link', { name: `Open as ${barRaiser.name}` }).click());
      const secondSocket = socketTokens(second);
      const secondApi = apiTokens(second);
      await second.getByRole('heading', { level: 1, name: /^You interview Alex Morgan in round 5/ }).waitFor();

      // The first tab is still the organizer, before and after a reload.
      await first.getByRole('link', { name: 'Go to the organizer dashboard' }).click();
      await first.getByRole('heading', { level: 1, name: 'Alex Morgan’s loop' }).waitFor();
      await bar(first).getByText(`You are ${organizer.name}, organizer in Alex Morgan’s loop.`).waitFor();
      await first.reload();
      await first.getByRole('heading', { level: 1, name: 'Alex Morgan’s loop' }).waitFor();
      await expect(first.getByText('Organizer dashboard').isVisible()).resolves.toBe(true);
      await bar(second).getByText(`You are ${barRaiser.name}, interviewer and Bar Raiser (round 5) in Alex Morgan’s loop.`).waitFor();
      await expectNoSeriousA11yViolations(first);
      await screenshot(first, 'identities-organizer-bar-1280x800');

      // Switching the first tab to the candidate leaves the second tab the Bar Raiser.
      await expect.poll(() => firstSocket.at(-1), { timeout: 20_000 }).toBe(organizer.token);
      const asOrganizer = firstSocket.length;
      await bar(first).getByText('Switch person').click();
      await expectNoSeriousA11yViolations(first);
      await screenshot(first, 'identities-switcher-open-1280x800');
      await bar(first).getByRole('button', { name: `Switch to ${candidate.name}, candidate` }).click();
      await first.getByRole('heading', { level: 1, name: 'Welcome, Alex Morgan' }).waitFor();
      await bar(first).getByText(`You are ${candidate.name}, candidate in Alex Morgan’s loop.`).waitFor();
      await second.reload();
      await second.getByRole('heading', { level: 1, name: /^You interview Alex Morgan in round 5/ }).waitFor();

      // A tab that has not chosen yet asks who it is, rather than guessing.
      const third = await newTab(first);
      const thirdSocket = socketTokens(third);
      await third.setViewportSize(VIEWPORTS.phone);
      await third.goto(new URL(`/loops/${demo.loopId}`, server.url).href);
      await third.getByRole('heading', { level: 1, name: 'Who are you in this tab?' }).waitFor();
      await expectNoSeriousA11yViolations(third);
      await screenshot(third, 'identities-choose-390x844');
      await third.getByRole('button', { name: `${shadow.name}, shadow (round 2)` }).click();
      await third.getByRole('heading', { level: 1, name: 'You shadow round 2: Product sense' }).waitFor();
      await bar(third).getByText(`You are ${shadow.name}, shadow (round 2) in Alex Morgan’s loop.`).waitFor();
      const overflow = await third.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the identity bar fits a phone').toBeLessThanOrEqual(0);
      await screenshot(third, 'identities-shadow-bar-390x844');

      // Each tab's socket carries its own person, also when the server drops every connection.
      await waitForTokens(firstSocket, asOrganizer + 1);
      await waitForTokens(secondSocket, 1);
      await waitForTokens(thirdSocket, 1);
      expect(new Set(firstSocket.slice(0, asOrganizer))).toEqual(new Set([organizer.token]));
      expect(new Set(firstSocket.slice(asOrganizer))).toEqual(new Set([candidate.token]));
      const counts = [firstSocket.length, secondSocket.length, thirdSocket.length];
      for (const socket of server.app.io.of('/').sockets.values()) socket.conn.close();
      await waitForTokens(firstSocket, counts[0]! + 1);
      await waitForTokens(secondSocket, counts[1]! + 1);
      await waitForTokens(thirdSocket, counts[2]! + 1);
      expect(firstSocket.at(-1)).toBe(candidate.token);
      expect(new Set(secondSocket)).toEqual(new Set([barRaiser.token]));
      expect(new Set(thirdSocket)).toEqual(new Set([shadow.token]));
      expect(secondApi).toEqual(new Set([barRaiser.token]));
      await expect
        .poll(async () => (await server.app.io.fetchSockets()).map((s) => (s.data as { principal?: { participantId: string } }).principal?.participantId).sort())
        .toEqual([candidate.participantId, barRaiser.participantId, shadow.participantId].sort());

      // The home page lists every person this browser holds.
      await third.goto(new URL('/', server.url).href);
      const held = third.getByRole('region', { name: 'Your loops in this browser' });
      await held.getByRole('heading', { level: 3, name: 'Alex Morgan’s loop' }).waitFor();
      await expect(held.getByRole('button').count()).resolves.toBe(demo.links.length);
      await expectNoSeriousA11yViolations(third);
      await screenshot(third, 'identities-home-390x844');
      for (const page of [first, second, third]) expectNoPageErrors(page);
    } finally {
      await first.close();
    }
  });

  it("lets an organizer try an interviewer's link in their own tab and come back to the dashboard", async () => {
    const loop = await createLoop(server.url, loopRequest());
    const onServer = (url: string) => new URL(new URL(url).pathname + new URL(url).hash, server.url).href;
    const dashboard = await newPage(browser);
    try {
      await dashboard.goto(onServer(loop.organizer.url));
      await dashboard.getByRole('heading', { level: 1, name: 'Sam Ortiz’s loop' }).waitFor();
      // One link held: nothing to switch, so no bar.
      await expect(bar(dashboard).count()).resolves.toBe(0);

      const other = await newTab(dashboard);
      await other.goto(onServer(loop.organizer.url));
      await other.getByRole('heading', { level: 1, name: 'Sam Ortiz’s loop' }).waitFor();
      // The organizer pastes Ana's link into this tab: it becomes Ana's, because they asked.
      await other.goto(onServer(loop.interviewer(1).url));
      await other.getByRole('heading', { level: 1, name: /^You interview Sam Ortiz in round 1/ }).waitFor();
      await bar(other).getByText('You are Ana, interviewer (round 1) in Sam Ortiz’s loop.').waitFor();

      // The first tab heard the list change and stayed the organizer.
      await bar(dashboard).getByText('You are Priya Raman, organizer in Sam Ortiz’s loop.').waitFor();
      await expect(dashboard.getByText('Organizer dashboard').isVisible()).resolves.toBe(true);
      await dashboard.reload();
      await dashboard.getByRole('heading', { level: 1, name: 'Sam Ortiz’s loop' }).waitFor();

      await bar(other).getByText('Switch person').click();
      await bar(other).getByRole('button', { name: 'Switch to Priya Raman, organizer' }).click();
      await other.getByRole('heading', { level: 1, name: 'Sam Ortiz’s loop' }).waitFor();
      await expect(other.getByText('Organizer dashboard').isVisible()).resolves.toBe(true);
      await expectNoSeriousA11yViolations(other);
      for (const page of [dashboard, other]) expectNoPageErrors(page);
    } finally {
      await dashboard.close();
    }
  });
});
