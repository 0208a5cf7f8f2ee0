import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GroupView, tokenFromFragment } from '@mockloop/shared';
import { api } from '../helpers/api';
import { runLoopToPublication, type CreatedGroup } from '../helpers/group';
import type { TestServer } from '../helpers/server';
import { closeAllClients } from '../helpers/socket';
import { VIEWPORTS, describeBrowser, expectNoPageErrors, expectNoSeriousA11yViolations, newPage, screenshot, startAppAndBrowser } from './harness';

const NAMES = ['Ada Park', 'Ben Osei', 'Cleo Marsh', 'Dev Rao', 'Eve Lund', 'Finn Abe'];

/**
 * The end-to-end story: an organizer creates a group of six and plans a series of six
 * loops in the browser; one loop runs to published feedback (scorecards and debrief through
 * the API and socket commands the screens send, to keep the test short); then the candidate's
 * member home shows their history and an interviewer's home shows their calibration.
 */
describeBrowser('peer groups', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });
  afterAll(async () => {
    closeAllClients();
    await Promise.all([browser?.close(), server?.close()]);
  });

  const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  async function createGroupInTheBrowser(page: Page): Promise<{ groupId: string; organizerUrl: string; memberUrls: string[] }> {
    await page.goto(new URL('/groups/new', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Set up a peer group' }).waitFor();
    await page.getByLabel('Group name').fill('Thursday loop club');
    await page.getByLabel('Your name (organizer)').fill('Olive Organizer');
    await page.getByRole('button', { name: 'Add a member' }).click();
    for (const [index, name] of NAMES.entries()) await page.getByLabel(`Member ${index + 1} name`).fill(name);
    await page.getByLabel('Time zone').first().selectOption('Europe/Berlin');
    await screenshot(page, 'group-new-form');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Create the group' }).click();
    await page.getByRole('heading', { level: 1, name: /Your group is ready/ }).waitFor();
    const organizerUrl = await page.locator('#group-organizer-link').inputValue();
    const memberUrls = await Promise.all(NAMES.map((name) => page.getByLabel(`Link for ${name}`, { exact: true }).inputValue()));
    await screenshot(page, 'group-links');
    await page.getByRole('link', { name: 'Go to the group page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thursday loop club' }).waitFor();
    const groupId = new URL(page.url()).pathname.split('/')[2]!;
    return { groupId, organizerUrl, memberUrls };
  }

  it('a group of six plans six loops, runs one to publication, and the homes show history and calibration', async () => {
    const organizer = await newPage(browser, { viewport: VIEWPORTS.laptop });
    const { groupId, organizerUrl, memberUrls } = await createGroupInTheBrowser(organizer);
    await screenshot(organizer, 'group-page-new');
    await expect(organizer.locator('section[aria-labelledby="members-title"] tbody tr').count()).resolves.toBe(6);

    // Plan: six loops, every member the candidate once, with the planner's reasons.
    await organizer.getByRole('button', { name: 'Plan the series' }).click();
    await organizer.getByRole('heading', { name: 'Loop 6: Finn Abe is the candidate' }).waitFor();
    for (const [k, name] of NAMES.entries()) await organizer.getByRole('heading', { name: `Loop ${k + 1}: ${name} is the candidate` }).waitFor();
    await organizer.getByText('Everyone interviews 5 rounds.').waitFor();
    await organizer.getByText(/is Bar Raiser for Ada Park: nobody in this loop has interviewed before/).waitFor();

    // A hand adjustment that breaks a rule is explained and blocks creation; undoing it clears it.
    const seat = organizer.getByLabel('Round 1', { exact: true }).first();
    const planned = await seat.inputValue();
    const adaId = await seat.locator('option', { hasText: 'Ada Park' }).getAttribute('value');
    await seat.selectOption(adaId!);
    await organizer.getByText('Ada Park would interview in their own loop.').waitFor();
    await expect(organizer.getByRole('button', { name: 'Create 6 loops' }).isDisabled()).resolves.toBe(true);
    await screenshot(organizer, 'group-plan-adjusted');
    await seat.selectOption(planned);
    await organizer.getByText('Ada Park would interview in their own loop.').waitFor({ state: 'detached' });
    await screenshot(organizer, 'group-plan');
    await expectNoSeriousA11yViolations(organizer);

    await organizer.getByRole('button', { name: 'Create 6 loops' }).click();
    await organizer.getByRole('heading', { level: 2, name: 'Loops' }).waitFor();
    await expect(organizer.locator('section[aria-labelledby="group-loops-title"] tbody tr').count()).resolves.toBe(6);

    // Run Ada's loop to publication; the first-round interviewer is generous.
    const organizerToken = tokenFromFragment(new URL(organizerUrl).hash)!;
    const view = GroupView.parse((await api(server.url, `/api/groups/${groupId}`, { token: organizerToken })).body);
    const group: CreatedGroup = {
      groupId,
      organizer: { token: organizerToken, url: organizerUrl },
      members: view.members.map((m) => {
        const url = memberUrls[NAMES.indexOf(m.name)]!;
        return { memberId: m.id, name: m.name, url, token: tokenFromFragment(new URL(url).hash)! };
      }),
      member: () => undefined as never,
    };
    const loop = view.loops.find((l) => l.candidateName === 'Ada Park')!;
    await runLoopToPublication(server.url, group, loop.loopId, {
      rating: (position) => (position === 1 ? 'raises-the-bar' : 'meets'),
      vote: (position) => (position === 1 ? 'strong-hire' : 'inclined-hire'),
    });
    await organizer.reload();
    await organizer.getByRole('row').filter({ hasText: 'Feedback published' }).waitFor();
    await screenshot(organizer, 'group-page-after-publication');
    expectNoPageErrors(organizer);
    await organizer.close();

    // The organizer's page on a phone, opened from the organizer link: tables scroll in their own box.
    const phone = await newPage(browser, { viewport: VIEWPORTS.phone });
    await phone.goto(organizerUrl);
    await phone.getByRole('heading', { level: 1, name: 'Thursday loop club' }).waitFor();
    await phone.getByRole('heading', { level: 2, name: 'Reliability' }).waitFor();
    await expect(noHorizontalScroll(phone)).resolves.toBeLessThanOrEqual(0);
    await screenshot(phone, 'group-page-phone');
    await phone.close();

    // Ada's home (on a phone): her loops in every role, then her history from the published feedback.
    const ada = await newPage(browser, { viewport: VIEWPORTS.phone });
    await ada.goto(memberUrls[0]!);
    await ada.getByRole('heading', { level: 1, name: 'Hello, Ada Park' }).waitFor();
    await expect(ada.locator('.group-seat').count()).resolves.toBe(6);
    await ada.getByText('Your loop as candidate').waitFor();
    const progress = ada.locator('section[aria-labelledby^="history-"]');
    await progress.getByRole('heading', { name: /Loop 1 .*: Hire/ }).waitFor();
    await progress.getByRole('table').waitFor({ state: 'attached' });
    await expect(progress.getByText('Quantify results').count()).resolves.toBeGreaterThan(0);
    await expect(noHorizontalScroll(ada)).resolves.toBeLessThanOrEqual(0);
    // She marks an evening she is free, typed in her own zone, by keyboard.
    await ada.getByLabel('Date', { exact: true }).fill('2031-01-06');
    await ada.getByLabel('From', { exact: true }).fill('18:30');
    await ada.getByLabel('For (hours)').fill('4');
    await ada.getByRole('button', { name: 'Add this time' }).focus();
    await ada.keyboard.press('Enter');
    await ada.getByText(/Mon 6 Jan, 18:30 for 4 h/).waitFor();
    await ada.getByRole('button', { name: 'Save my times' }).click();
    await ada.getByText('Saved.').waitFor();
    await screenshot(ada, 'member-home-candidate-phone');
    await expectNoSeriousA11yViolations(ada);
    expectNoPageErrors(ada);
    await ada.close();

    // The generous interviewer's home: calibration shows the loop and leans lenient.
    const generous = loop.interviewers.find((i) => i.roundPosition === 1)!;
    const page = await newPage(browser, { viewport: VIEWPORTS.laptop });
    await page.goto(memberUrls[NAMES.indexOf(generous.name)]!);
    await page.getByRole('heading', { level: 1, name: `Hello, ${generous.name}` }).waitFor();
    const calibration = page.locator('section[aria-labelledby^="calibration-"]');
    await calibration.getByText('Overall:').waitFor();
    await expect(calibration.locator('.lead').textContent()).resolves.toMatch(/Lenient/);
    await calibration.getByRole('row').filter({ hasText: 'Ada Park' }).filter({ hasText: 'Strong Hire' }).waitFor();
    await screenshot(page, 'member-home-calibration');
    await expectNoSeriousA11yViolations(page);

    // A seat opens its loop in that role.
    await page.locator('.group-seat').filter({ hasText: "Ada Park's loop" }).getByRole('button', { name: /Open/ }).click();
    await page.waitForURL(new RegExp(`/loops/${loop.loopId}$`));
    expectNoPageErrors(page);
    await page.close();
  });
});
