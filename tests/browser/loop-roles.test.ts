import { CreateLoopResponse, LEADERSHIP_PRINCIPLES, LoopView, lpById, type ParticipantLink } from '@mockloop/shared';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createLoop } from '../helpers/api';
import { loopRequest } from '../fixtures/loops';
import type { TestServer } from '../helpers/server';
import {
  VIEWPORTS,
  describeBrowser,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  startAppAndBrowser,
  newPage,
  screenshot,
  type NewPageOptions,
} from './harness';

const CANDIDATE = 'Alex Morgan';

/**
 * The app's Content-Security-Policy forbids inline scripts, which is how the harness adds axe;
 * evaluating axe's source through the DevTools protocol is not subject to the page's CSP.
 */
async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  await expectNoSeriousA11yViolations(page);
}

describeBrowser('each participant enters a loop through their own link', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function createDemo(): Promise<CreateLoopResponse> {
    const response = await api(server.url, '/api/demo', { method: 'POST' });
    expect(response.status).toBe(201);
    return CreateLoopResponse.parse(response.body);
  }

  function linkOf(demo: CreateLoopResponse, predicate: (link: ParticipantLink) => boolean): ParticipantLink {
    const link = demo.links.find(predicate);
    if (!link) throw new Error('the demo has no such participant');
    return link;
  }

  /** The invite URL on the test server, whatever public base the server put in it. */
  function onServer(url: string): string {
    const invite = new URL(url);
    return new URL(invite.pathname + invite.hash, server.url).href;
  }

  /** Opens an invite link in a fresh browser context and waits for the loop page. */
  async function openLink(link: Pick<ParticipantLink, 'url' | 'token'>, options: NewPageOptions = {}): Promise<Page> {
    const page = await newPage(browser, options);
    await page.goto(onServer(link.url));
    await page.waitForURL((url) => /^\/loops\/[0-9a-f-]{36}$/.test(url.pathname));
    expect(page.url()).not.toContain('token');
    expect(page.url()).not.toContain(link.token);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  /** Text on the page outside round titles, which are the organizer's own words. */
  async function textOutsideRoundTitles(page: Page): Promise<string> {
    return page.getByRole('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.loop-agenda__title').forEach((title) => title.remove());
      return copy.textContent ?? '';
    });
  }

  function participantRow(page: Page, name: string) {
    return page.locator('tr', { has: page.getByRole('rowheader', { name }) });
  }

  it('creates a demo loop from the home page and lands on its links, as its organizer', async () => {
    const page = await newPage(browser);
    try {
      await page.goto(new URL('/', server.url).href);
      const demoResponse = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/demo');
      await page.getByRole('button', { name: 'Try a demo loop' }).click();
      const demo = CreateLoopResponse.parse(await (await demoResponse).json());
      await page.waitForURL((url) => url.pathname === `/loops/${demo.loopId}/links`);
      // The page is its own chunk: wait until it has rendered its heading.
      await page.locator('main h1').waitFor();

      const roles = new Set(demo.links.map((link) => link.role));
      expect([...roles].sort()).toEqual(['candidate', 'interviewer', 'organizer', 'shadow']);
      expect(demo.links.some((link) => link.isBarRaiser)).toBe(true);

      // The links page lists every link.
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }).count()).resolves.toBe(0);
      const shown = await page.evaluate(() =>
        [document.body.innerText, ...Array.from(document.querySelectorAll('input'), (input) => input.value)].join('\n'),
      );
      for (const link of demo.links) expect(shown).toContain(link.url);

      // This browser is now the demo's organizer: its dashboard opens without any link.
      await page.goto(new URL(`/loops/${demo.loopId}`, server.url).href);
      await page.getByRole('heading', { level: 1, name: `${CANDIDATE}’s loop` }).waitFor();
      await expect(page.getByText('Organizer dashboard').isVisible()).resolves.toBe(true);
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it("opens every link on its role's screen and takes the token out of the address", async () => {
    const demo = await createDemo();
    for (const link of demo.links) {
      const page = await openLink(link);
      try {
        const view = LoopView.parse((await api(server.url, `/api/loops/${demo.loopId}`, { token: link.token })).body);
        if (link.role === 'organizer') {
          await page.getByRole('heading', { level: 1, name: `${CANDIDATE}’s loop` }).waitFor();
          await page.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor();
          await page.getByRole('heading', { level: 2, name: 'People and links' }).waitFor();
          await page.getByRole('heading', { level: 2, name: 'Scorecards' }).waitFor();
          await expect(page.getByText('Submitted', { exact: true }).first().isVisible()).resolves.toBe(true);
        }
        if (link.role === 'interviewer') {
          const round = view.rounds.find((r) => r.id === view.viewer.roundId)!;
          await page.getByRole('heading', { level: 1, name: `You interview ${CANDIDATE} in round ${round.position}: ${round.title}` }).waitFor();
          expect(round.assignedLps?.length).toBeGreaterThan(0);
          const lps = page.getByRole('region', { name: 'Your Leadership Principles' });
          for (const lp of round.assignedLps ?? []) {
            await expect(lps.getByRole('heading', { level: 3, name: lpById(lp).name, exact: true }).isVisible()).resolves.toBe(true);
          }
          const barRaiserNote = page.getByRole('heading', { level: 2, name: 'You are the Bar Raiser' });
          await expect(barRaiserNote.isVisible()).resolves.toBe(link.isBarRaiser);
          const roomLink = page.getByRole('link', { name: 'Open the interview room' });
          await expect(roomLink.getAttribute('href')).resolves.toBe(`/loops/${view.loop.id}/rounds/${round.id}`);
        }
        if (link.role === 'candidate') {
          await page.getByRole('heading', { level: 1, name: `Welcome, ${CANDIDATE}` }).waitFor();
          await page.getByRole('heading', { level: 2, name: 'What to expect' }).waitFor();
          const text = await textOutsideRoundTitles(page);
          for (const lp of LEADERSHIP_PRINCIPLES) expect(text, 'the candidate must not see LPs').not.toContain(lp.name);
          expect(text, 'the candidate must not know the Bar Raiser').not.toMatch(/bar raiser/i);
          await expect(page.locator('.loop-badge--bar-raiser').count()).resolves.toBe(0);

          const download = page.waitForEvent('download');
          await page.getByRole('button', { name: 'Add to calendar' }).click();
          expect((await download).suggestedFilename()).toBe('mockloop-alex-morgan.ics');
        }
        if (link.role === 'shadow') {
          const round = view.rounds.find((r) => r.id === view.viewer.roundId)!;
          await page.getByRole('heading', { level: 1, name: `You shadow round ${round.position}: ${round.title}` }).waitFor();
          await page.getByRole('heading', { level: 2, name: 'The round you observe' }).waitFor();
        }
        await page.getByRole('heading', { level: 2, name: 'Agenda' }).or(page.getByRole('heading', { level: 2, name: 'Schedule' })).waitFor();
        await expectAccessible(page);
        const who = link.isBarRaiser ? 'bar-raiser' : link.role;
        if (link.role !== 'interviewer' || link.isBarRaiser || link.roundPosition === 1) await screenshot(page, `loop-${who}-1280x800`);
        expectNoPageErrors(page);
      } finally {
        await page.close();
      }
    }
  });

  it('fits the dashboard, the candidate lobby and the interviewer home on a phone', async () => {
    const demo = await createDemo();
    // Rounds that run past midnight show two dates in one time range, the widest agenda line.
    const lateLoop = await createLoop(server.url, loopRequest({ startsAt: '2030-03-08T22:30', timeZone: 'Europe/Berlin' }));
    const links = [linkOf(demo, (l) => l.role === 'organizer'), linkOf(demo, (l) => l.role === 'candidate'), linkOf(demo, (l) => l.isBarRaiser === true)];
    for (const link of [...links, lateLoop.candidate]) {
      const role = `${link.isBarRaiser ? 'bar-raiser' : link.role}${link === lateLoop.candidate ? '-past-midnight' : ''}`;
      const page = await openLink(link, { viewport: VIEWPORTS.phone });
      try {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${role} page scrolls sideways`).toBeLessThanOrEqual(0);
        await expectAccessible(page);
        await screenshot(page, `loop-${role}-390x844`);
        expectNoPageErrors(page);
      } finally {
        await page.close();
      }
    }
  });

  it('keeps the dashboard and the interviewer home readable in dark mode beside a video call', async () => {
    const demo = await createDemo();
    for (const link of [linkOf(demo, (l) => l.role === 'organizer'), linkOf(demo, (l) => l.isBarRaiser === true)]) {
      const page = await openLink(link, { viewport: VIEWPORTS.sideBySide, colorScheme: 'dark' });
      try {
        await expectAccessible(page);
        await screenshot(page, `loop-${link.isBarRaiser ? 'bar-raiser' : link.role}-800x800-dark`);
        expectNoPageErrors(page);
      } finally {
        await page.close();
      }
    }
  });

  it('shows on the dashboard, without a reload, when someone opens their link', async () => {
    const demo = await createDemo();
    const dashboard = await openLink(linkOf(demo, (link) => link.role === 'organizer'));
    let candidate: Page | undefined;
    try {
      const row = participantRow(dashboard, CANDIDATE);
      await row.getByText('Not opened yet').waitFor();
      await dashboard.getByText('Updates live').waitFor();
      await dashboard.evaluate(() => Object.assign(window, { sameDocument: true }));

      candidate = await openLink(linkOf(demo, (link) => link.role === 'candidate'));
      await row.getByText('Opened', { exact: true }).waitFor({ timeout: 10_000 });
      await expect(dashboard.evaluate(() => 'sameDocument' in window)).resolves.toBe(true);
      expectNoPageErrors(dashboard);
    } finally {
      await Promise.all([dashboard.close(), candidate?.close()]);
    }
  });

  it("lets the organizer add a question that the fitting round's interviewer then gets", async () => {
    const demo = await createDemo();
    const dashboard = await openLink(linkOf(demo, (link) => link.role === 'organizer'));
    try {
      const form = dashboard.getByRole('region', { name: 'Add your own question' });
      await form.getByLabel('Kind of round').selectOption('writing');
      await form.getByLabel('Question').fill('Write a one-page memo that cuts the team budget by a fifth.');
      await form.getByLabel(/Follow-up probes/).fill('What did you give up?\nWho did you ask first?');
      await form.getByRole('button', { name: 'Add question' }).click();
      await form.getByText(/^Added\./).waitFor();
      await expectAccessible(dashboard);

      // The writing round's interviewer now has it beside the bank's prompts.
      const writer = linkOf(demo, (link) => link.role === 'interviewer' && link.roundPosition === 4);
      const view = LoopView.parse((await api(server.url, `/api/loops/${demo.loopId}`, { token: writer.token })).body);
      const questions = await api(server.url, `/api/loops/${demo.loopId}/rounds/${view.viewer.roundId}/questions`, { token: writer.token });
      const custom = questions.body.questions.filter((q: { custom: boolean }) => q.custom);
      expect(custom.map((q: { text: string; probes: string[] }) => [q.text, q.probes])).toEqual([
        ['Write a one-page memo that cuts the team budget by a fifth.', ['What did you give up?', 'Who did you ask first?']],
      ]);
    } finally {
      await dashboard.close();
    }
  });

  it('re-issues and revokes links from the dashboard; a dead link says so', async () => {
    const demo = await createDemo();
    const shadowLink = linkOf(demo, (link) => link.role === 'shadow');
    const interviewerLink = linkOf(demo, (link) => link.role === 'interviewer' && link.roundPosition === 1);
    const dashboard = await openLink(linkOf(demo, (link) => link.role === 'organizer'));
    const interviewer = await openLink(interviewerLink);
    const pages = [dashboard, interviewer];
    try {
      // Revoke needs a second, explicit step.
      await dashboard.getByRole('button', { name: `Revoke link for ${shadowLink.name}` }).click();
      const confirm = dashboard.getByRole('button', { name: 'Yes, revoke the link' });
      await confirm.waitFor();
      await expectAccessible(dashboard);
      await confirm.click();
      await participantRow(dashboard, shadowLink.name).getByText('Revoked', { exact: true }).waitFor();

      const revoked = await newPage(browser, { viewport: VIEWPORTS.phone });
      pages.push(revoked);
      await revoked.goto(onServer(shadowLink.url));
      await revoked.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
      await expect(revoked.getByText('Ask the organizer for a new one.').isVisible()).resolves.toBe(true);
      expect(revoked.url()).not.toContain('token');
      await expectAccessible(revoked);
      await screenshot(revoked, 'loop-link-revoked-390x844');

      // Re-issue: the new link is shown once; the page open on the old link closes at once.
      await dashboard.getByRole('button', { name: `Re-issue link for ${interviewerLink.name}` }).click();
      const newLinkField = dashboard.getByRole('textbox', { name: `${interviewerLink.name}’s new link` });
      await newLinkField.waitFor();
      await screenshot(dashboard, 'loop-organizer-reissued-1280x800');
      const newUrl = await newLinkField.inputValue();
      expect(newUrl).toContain('/join#token=');
      expect(newUrl).not.toBe(interviewerLink.url);
      await interviewer.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor({ timeout: 10_000 });

      const reissued = await openLink({ url: newUrl, token: new URL(newUrl).hash.slice('#token='.length) });
      pages.push(reissued);
      await reissued.getByRole('heading', { level: 1, name: /^You interview Alex Morgan in round 1/ }).waitFor();
      expectNoPageErrors(dashboard);
    } finally {
      await Promise.all(pages.map((page) => page.close()));
    }
  });

  it('explains a link without a token and a loop this browser holds no link for', async () => {
    const page = await newPage(browser, { viewport: VIEWPORTS.phone });
    try {
      await page.goto(new URL('/join', server.url).href);
      await page.getByRole('heading', { level: 1, name: 'This link is incomplete' }).waitFor();
      await expectAccessible(page);

      await page.goto(new URL('/loops/00000000-0000-4000-8000-000000000000', server.url).href);
      await page.getByRole('heading', { level: 1, name: 'Open your invite link again' }).waitFor();
      await expectAccessible(page);
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});
