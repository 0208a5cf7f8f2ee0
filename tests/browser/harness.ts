/**
 * Shared plumbing for browser tests: a system Chromium driven by playwright-core, axe-core
 * accessibility checks, and screenshots for humans to look at. Tests never download a browser;
 * without /usr/bin/chromium (or $CHROMIUM_PATH) they are skipped with a notice, or fail under CI.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeWith, needs } from '../helpers/environment';
import { startTestServer, type TestServer } from '../helpers/server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = path.join(repoRoot, 'tests', 'artifacts', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORTS = {
  laptop: { width: 1280, height: 800 },
  /** A laptop window squeezed beside a video call. */
  sideBySide: { width: 800, height: 800 },
  phone: { width: 390, height: 844 },
  smallPhone: { width: 360, height: 740 },
} as const;

/**
 * `describe` for browser suites: skipped with a notice when Chromium is missing, and failing
 * instead under CI=true (tests/helpers/environment.ts).
 */
export function describeBrowser(name: string, body: () => void): void {
  describeWith([needs.chromium()], name, body);
}

/** A camera and microphone that need no person: a test pattern and a beep, allowed without a prompt. */
export const FAKE_MEDIA_ARGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--autoplay-policy=no-user-gesture-required'];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** How long one step (a click, an element to appear) may take on a busy machine. */
const STEP_TIMEOUT_MS = 20_000;
const NAVIGATION_TIMEOUT_MS = 30_000;

export interface NewPageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Page errors and console errors seen by each page, so tests can assert a clean run. */
const pageProblems = new WeakMap<Page, string[]>();

/** A page in its own context (no shared storage between pages), recording console errors. */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<Page> {
  const contextOptions: BrowserContextOptions = {
    viewport: options.viewport ?? VIEWPORTS.laptop,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: 'en-US',
  };
  const context = await browser.newContext(contextOptions);
  // Each wait has its own limit, so a test of many pages has no single budget to run out of.
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const page = await context.newPage();
  recordProblems(page);
  // Closing the page should release its context too; tests only ever hold the page.
  page.on('close', () => void context.close().catch(() => undefined));
  return page;
}

/**
 * Another tab of the same browser profile as `page`: localStorage shared, sessionStorage its
 * own, as when a person opens a second tab. Closing `page` closes it too.
 */
export async function newTab(page: Page): Promise<Page> {
  const tab = await page.context().newPage();
  recordProblems(tab);
  return tab;
}

/** The tab a click on `page` opens (a link with target="_blank"), watched like any other page. */
export async function tabOpenedBy(page: Page, click: () => Promise<void>): Promise<Page> {
  const [tab] = await Promise.all([page.context().waitForEvent('page'), click()]);
  recordProblems(tab);
  return tab;
}

function recordProblems(page: Page): void {
  const problems: string[] = [];
  pageProblems.set(page, problems);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}

/** Fails if the page logged a console error or threw an uncaught exception. */
export function expectNoPageErrors(page: Page): void {
  expect(pageProblems.get(page) ?? [], 'console / page errors').toEqual([]);
}

interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe-core on the current page and fails listing every serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated, not injected as a <script>: the app's CSP (rightly) blocks inline scripts.
  // `;0` so the evaluation does not try to send the whole axe object back to the test.
  if (!loaded) await page.evaluate(`${axe.source};0`);

  const violations = await page.evaluate(async (): Promise<AxeViolationSummary[]> => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });

  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} - ${v.help} (${v.helpUrl}) at ${v.targets.join(', ')}`);
  if (serious.length > 0) {
    throw new Error(
      `axe found ${serious.length} serious or critical accessibility problem(s) on ${page.url()}:\n` +
        serious.map((line) => `  - ${line}`).join('\n'),
    );
  }
}

/**
 * Saves a PNG to tests/artifacts/screenshots/<name>.png and returns its path: the full page,
 * or with `{ fullPage: false }` the window as the person sees it (what stays fixed in view).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-_]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true, animations: 'disabled' });
  return file;
}

/**
 * Presses Tab until `target` has focus, as a keyboard user would, and fails if it never does.
 * Returns how many presses it took, so tests can also assert the tab order stays short.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 15): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Focus never reached the target after ${maxPresses} Tab presses`);
}

/**
 * The real app (built client, its own database) and a browser, started together for one
 * test file. `TMP_CLIENT_DIR` points at another client build while `client/dist` is rebuilt.
 */
export async function startAppAndBrowser(): Promise<[TestServer, Browser]> {
  return Promise.all([startTestServer({ clientDir: process.env.TMP_CLIENT_DIR }), launchBrowser()]);
}

