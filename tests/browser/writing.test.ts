import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops';
import { api, createLoop } from '../helpers/api';
import { loopWithSubmittedScorecards, post } from '../helpers/debrief';
import type { TestServer } from '../helpers/server';
import { setUpWritingOverHttp, writingSetup } from '../helpers/writing';
import { VIEWPORTS, describeBrowser, expectNoSeriousA11yViolations, newPage, screenshot, startAppAndBrowser } from './harness';

const STEP = { timeout: 20_000 };
const FIRST = 'I decided to ship the smaller release two weeks early.';
const OFFLINE = ' We cut refund time by 40% within a month.';
const OWN_PROMPT = { title: 'A launch you would undo', text: 'Write the first two sections of a memo about a launch you would undo: what happened, and what the customer lost.' };

describeBrowser('the writing exercise: written through a reload and an offline spell, submitted, reviewed with anchored comments, debriefed, fed back', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openLink(url: string, loopId: string, viewport = VIEWPORTS.laptop): Promise<Page> {
    const page = await newPage(browser, { viewport });
    const invite = new URL(url);
    await page.goto(new URL(invite.pathname + invite.hash, server.url).href);
    await page.waitForURL((u) => u.pathname === `/loops/${loopId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }
  const saveStatus = (page: Page) => page.getByTestId('writing-save-status');
  const editorText = (page: Page) => page.locator('.cm-content').innerText();

  it('flows from the candidate to the reviewers, the debrief and the feedback', async () => {
    const { loop } = await loopWithSubmittedScorecards(server.url);
    const reviewers = [loop.interviewer(1), loop.barRaiser];
    await setUpWritingOverHttp(server.url, loop.loopId, loop.organizer.token, writingSetup(reviewers.map((r) => r.participantId), { type: 'take-home', dueAt: new Date(Date.now() + 86_400_000).toISOString() }));

    // The candidate finds the exercise in the lobby, picks the narrative and writes.
    const sam = await openLink(loop.candidate.url, loop.loopId);
    await sam.getByRole('link', { name: 'Your writing exercise' }).click();
    await sam.getByRole('radio', { name: /A decision you made with too little data/ }).check();
    await sam.locator('.cm-content').click();
    await sam.keyboard.type(`## The decision\n\n${FIRST}`);
    await expect.poll(() => saveStatus(sam).textContent(), STEP).toMatch(/All changes saved/);
    await expect.poll(() => sam.getByTestId('length-meter').getAttribute('data-words'), STEP).toBe('12');
    await screenshot(sam, 'writing-candidate-editor');
    await expectNoSeriousA11yViolations(sam);

    // A reload brings the text back from the server.
    await sam.reload();
    await expect.poll(() => editorText(sam), STEP).toContain(FIRST);

    // Offline: the server drops the connection as a network cut does; typing goes on.
    await sam.context().setOffline(true);
    for (const socket of await server.app.io.fetchSockets()) {
      if (socket.data.principal?.role === 'candidate') server.app.io.sockets.sockets.get(socket.id)?.conn.close();
    }
    await expect.poll(() => saveStatus(sam).textContent(), STEP).toMatch(/^Offline/);
    await sam.locator('.cm-content').click();
    await sam.keyboard.press('Control+End');
    await sam.keyboard.type(OFFLINE);
    await expect.poll(() => saveStatus(sam).textContent(), STEP).toMatch(/kept here/);
    await screenshot(sam, 'writing-candidate-offline');
    await sam.context().setOffline(false);
    await expect.poll(() => saveStatus(sam).textContent(), STEP).toMatch(/All changes saved/);
    const stored = await api(server.url, `/api/loops/${loop.loopId}/writing`, { token: loop.candidate.token });
    expect(stored.body.text).toContain(FIRST + OFFLINE);

    // Submitting asks first, then locks the text.
    await sam.getByRole('button', { name: 'Submit the text' }).click();
    const dialog = sam.getByRole('dialog', { name: 'Submit your text?' });
    await dialog.waitFor();
    await screenshot(sam, 'writing-candidate-submit-dialog');
    await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
    await sam.getByTestId('writing-final').waitFor(STEP);

    // Ana reviews: selects a passage, comments on it, rates the rubric and votes.
    const ana = await openLink(reviewers[0]!.url, loop.loopId);
    await ana.getByRole('link', { name: 'Review the writing exercise' }).click();
    const text = ana.getByTestId('anchored-text');
    await text.waitFor(STEP);
    // Read as prose: the heading's marks muted, every character kept for the anchors.
    await expect(text.locator('.wr-md-syntax', { hasText: '##' }).count()).resolves.toBe(1);
    await expect(text.locator('.wr-md-heading', { hasText: 'The decision' }).count()).resolves.toBeGreaterThan(0);
    await expect(text.textContent()).resolves.toBe(stored.body.text);
    await text.evaluate((node, quote) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(quote);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + quote.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }
    }, 'two weeks early');
    await text.dispatchEvent('mouseup');
    await expect(ana.getByLabel(/^Passage/).inputValue()).resolves.toBe('two weeks early');
    await ana.getByLabel('Comment', { exact: true }).fill('Why two weeks? Say what the data told you.');
    await ana.getByRole('button', { name: 'Add comment' }).click();
    await ana.locator('mark.wr-mark', { hasText: 'two weeks early' }).waitFor(STEP);
    for (const criterion of ['Clarity', 'Structure', 'Customer focus', 'Use of data', 'Leadership Principles shown']) {
      await ana.getByRole('radiogroup', { name: new RegExp(`^${criterion}`) }).getByRole('radio', { name: criterion === 'Use of data' ? 'Below' : 'Meets' }).check();
    }
    await ana.getByRole('radio', { name: 'Inclined to Hire' }).check();
    await ana.getByLabel('What the candidate should practise').fill('Lead with the metric and its baseline.');
    await screenshot(ana, 'writing-reviewer');
    await expectNoSeriousA11yViolations(ana);
    await ana.getByRole('button', { name: 'Submit review' }).click();
    await ana.getByRole('dialog', { name: 'Submit your review?' }).getByRole('button', { name: 'Submit review' }).click();
    await ana.getByTestId('review-submitted').waitFor(STEP);

    // The Bar Raiser reviews too (over the API), opens the debrief and sees the writing.
    const draft = { ratings: { clarity: 'raises-the-bar', structure: 'meets', 'customer-focus': 'meets', data: 'below', 'lps-shown': 'meets' }, lpsShown: ['bias-for-action'], vote: 'inclined-hire', summary: 'Decisive, thin on data.', practice: '', comments: [] };
    expect((await post(server.url, `/api/loops/${loop.loopId}/writing/review/submit`, loop.barRaiser.token, draft)).status).toBe(200);
    expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/open`, loop.barRaiser.token)).status).toBe(200);
    const eve = await openLink(loop.barRaiser.url, loop.loopId);
    await eve.goto(`${server.url}/loops/${loop.loopId}/debrief`);
    const section = eve.getByTestId('debrief-writing');
    await section.waitFor(STEP);
    await expect(section.locator('mark.wr-mark', { hasText: 'two weeks early' }).count()).resolves.toBe(1);
    await expect(eve.getByRole('columnheader', { name: 'Writing exercise' }).count()).resolves.toBe(1);
    await expect(eve.getByText('Writing exercise', { exact: true }).first().isVisible()).resolves.toBe(true);
    await screenshot(eve, 'writing-debrief');

    // Decide and publish; the candidate reads the rubric and the comment on their own text.
    for (const phase of ['revote', 'discuss', 'decide']) expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/phase`, loop.barRaiser.token, { phase })).status).toBe(200);
    expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/decision`, loop.barRaiser.token, { decision: 'hire', rationale: 'Clear ownership in writing and in every round.' })).status).toBe(200);
    expect((await post(server.url, `/api/loops/${loop.loopId}/debrief/publish`, loop.barRaiser.token, { showInterviewerNames: true, strengths: ['Decisive'], growthAreas: ['Use data'] })).status).toBe(200);
    await sam.goto(`${server.url}/loops/${loop.loopId}/feedback`);
    const feedback = sam.getByTestId('feedback-writing');
    await feedback.waitFor(STEP);
    await expect(feedback.locator('mark.wr-mark', { hasText: 'two weeks early' }).count()).resolves.toBe(1);
    await expect(feedback.getByText('Why two weeks? Say what the data told you.').isVisible()).resolves.toBe(true);
    await expect(feedback.getByText(/Use of data: Give every claim a number/).isVisible()).resolves.toBe(true);
    await expectNoSeriousA11yViolations(sam);
    await screenshot(sam, 'writing-feedback');
    const markdown = await api(server.url, `/api/loops/${loop.loopId}/feedback.md`, { token: loop.candidate.token });
    expect(markdown.text).toContain('## Writing exercise: A decision you made with too little data');
    expect(markdown.text).toContain('> two weeks early');

    // On a phone the writing page and the feedback do not scroll sideways.
    await sam.setViewportSize(VIEWPORTS.phone);
    expect(await sam.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(sam, 'writing-feedback-390');
    await sam.goto(`${server.url}/loops/${loop.loopId}/writing`);
    await sam.getByTestId('writing-final').waitFor(STEP);
    expect(await sam.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(sam, 'writing-candidate-390');
  });

  it('lets the organizer set a timed exercise with their own prompt (the schema’s message beside a field that breaks it); the candidate starts the clock after a confirmation, sees the countdown and submits in time', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const priya = await openLink(loop.organizer.url, loop.loopId);
    await priya.getByRole('link', { name: 'Add a writing exercise' }).click();
    const second = priya.getByRole('group', { name: 'Prompt 2' });
    await second.getByLabel('From the bank, or your own').selectOption({ label: 'Write your own prompt…' });
    await second.getByLabel('Kind').selectOption({ label: 'Memo sections' });
    await second.getByLabel('Title').fill(OWN_PROMPT.title);
    await second.getByLabel('What the candidate should write').fill('Too short.');
    await priya.getByRole('radio', { name: 'Timed, in MockLoop' }).check();
    await priya.getByLabel('Minutes').fill('15');

    // Too short: the form says so beside the field and sends nothing.
    await priya.getByRole('button', { name: 'Add the writing exercise' }).click();
    const text = second.getByLabel('What the candidate should write');
    await priya.getByText('What the candidate should write: must be at least 20 characters').waitFor(STEP);
    await expect.poll(() => text.evaluate((node) => node === document.activeElement), STEP).toBe(true);
    await expect(text.getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await api(server.url, `/api/loops/${loop.loopId}/writing`, { token: loop.organizer.token })).status).toBe(404);
    await screenshot(priya, 'writing-setup-own-prompt-error');
    await expectNoSeriousA11yViolations(priya);

    await text.fill(OWN_PROMPT.text);
    await priya.getByRole('button', { name: 'Add the writing exercise' }).click();
    await priya.getByText('Saved. The candidate sees it on their writing page.').waitFor(STEP);
    const stored = await api(server.url, `/api/loops/${loop.loopId}/writing`, { token: loop.organizer.token });
    expect(stored.body.prompts[1]).toEqual({ id: 'custom-2', kind: 'memo', ...OWN_PROMPT });
    expect(stored.body).toMatchObject({ mode: 'timed', durationMinutes: 15 });

    // A reload shows the organizer's own prompt back in the form, ready to change.
    await priya.reload();
    await expect.poll(() => priya.getByRole('group', { name: 'Prompt 2' }).getByLabel('Title').inputValue(), STEP).toBe(OWN_PROMPT.title);
    await priya.setViewportSize(VIEWPORTS.phone);
    expect(await priya.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(priya, 'writing-setup-390');

    // The candidate reads it beside the bank prompt before starting.
    const sam = await openLink(loop.candidate.url, loop.loopId);
    await sam.getByRole('link', { name: 'Your writing exercise' }).click();
    await sam.getByText(OWN_PROMPT.text).waitFor(STEP);
    await expect(sam.getByText('A decision you made with too little data').count()).resolves.toBe(1);

    // Starting asks first: declining leaves the clock stopped.
    const start = sam.getByRole('button', { name: 'Start the exercise' });
    await start.click();
    const dialog = sam.getByRole('dialog', { name: 'Start the 15-minute clock?' });
    await dialog.waitFor(STEP);
    await dialog.getByRole('button', { name: 'Not yet' }).click();
    await dialog.waitFor({ state: 'hidden', ...STEP });
    expect((await api(server.url, `/api/loops/${loop.loopId}/writing`, { token: loop.candidate.token })).body).toMatchObject({ status: 'not-started', deadline: null });
    await start.click();
    await dialog.waitFor(STEP);
    await screenshot(sam, 'writing-timed-start-dialog');
    await expectNoSeriousA11yViolations(sam);
    await dialog.getByRole('button', { name: 'Start now' }).click();

    // The countdown reads the server's deadline and runs down from 15 minutes.
    const countdown = sam.getByTestId('writing-countdown');
    await countdown.waitFor(STEP);
    const started = await api(server.url, `/api/loops/${loop.loopId}/writing`, { token: loop.candidate.token });
    expect(started.body.status).toBe('writing');
    expect(Date.parse(started.body.deadline) - started.body.serverNow).toBeGreaterThan(14 * 60_000);
    const first = await countdown.innerText();
    expect(first).toMatch(/1[45]:\d\d/);
    await expect.poll(() => countdown.innerText(), STEP).not.toBe(first);
    expect(await countdown.innerText()).toMatch(/14:\d\d/);
    await screenshot(sam, 'writing-timed-countdown');

    // Written and submitted before the deadline: submitted, not locked.
    await sam.getByRole('radio', { name: new RegExp(OWN_PROMPT.title) }).check();
    await sam.locator('.cm-content').click();
    await sam.keyboard.type('## What happened\n\nWe shipped the new checkout to every market at once.');
    await expect.poll(() => saveStatus(sam).textContent(), STEP).toMatch(/All changes saved/);
    await sam.getByRole('button', { name: 'Submit the text' }).click();
    await sam.getByRole('dialog', { name: 'Submit your text?' }).getByRole('button', { name: 'Submit', exact: true }).click();
    await expect.poll(() => sam.getByTestId('writing-final').textContent(), STEP).toMatch(/^Submitted\./);
    const submitted = await api(server.url, `/api/loops/${loop.loopId}/writing`, { token: loop.candidate.token });
    expect(submitted.body).toMatchObject({ status: 'submitted', chosenPromptId: 'custom-2', lockedAt: null });
    expect(Date.parse(submitted.body.submittedAt)).toBeLessThan(Date.parse(started.body.deadline));
    expect(submitted.body.text).toContain('We shipped the new checkout to every market at once.');
  });
});
