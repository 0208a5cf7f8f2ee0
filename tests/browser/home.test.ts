import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import {
  VIEWPORTS,
  describeBrowser,
  expectNoPageErrors,
  expectNoSeriousA11yViolations,
  startAppAndBrowser,
  newPage,
  screenshot,
  tabTo,
} from './harness';

describeBrowser('home page', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await startAppAndBrowser();
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openHome(options: Parameters<typeof newPage>[1] = {}): Promise<Page> {
    const page = await newPage(browser, options);
    await page.goto(new URL('/', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'MockLoop' }).waitFor();
    return page;
  }

  it('explains the product and leads to loop set-up by keyboard', async () => {
    const page = await openHome({ viewport: VIEWPORTS.laptop });
    try {
      await expect(page.title()).resolves.toMatch(/MockLoop/);
      expect(await page.getByRole('main').count()).toBe(1);
      await expect(page.getByRole('heading', { level: 2, name: 'How it works' }).isVisible()).resolves.toBe(true);
      expect(await page.locator('ol.steps > li').count()).toBe(4);
      await expect(page.getByRole('link', { name: 'API documentation' }).getAttribute('href')).resolves.toBe('/api/docs');

      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'home-1280x800');

      const setUp = page.getByRole('link', { name: 'Set up a mock loop' });
      await expect(setUp.getAttribute('href')).resolves.toBe('/loops/new');
      // Skip link, product name, then the call to action: nothing else should stand in the way.
      expect(await tabTo(page, setUp)).toBeLessThanOrEqual(3);
      await screenshot(page, 'home-focus-1280x800');
      await page.keyboard.press('Enter');

      const heading = page.getByRole('heading', { level: 1, name: 'Set up a mock loop' });
      await heading.waitFor();
      expect(new URL(page.url()).pathname).toBe('/loops/new');
      // Focus follows the navigation so screen readers announce the new page.
      await expect(heading.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(page.title()).resolves.toMatch(/Set up a mock loop/);

      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'new-loop-1280x800');
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await openHome({ viewport: VIEWPORTS.phone });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('link', { name: 'Set up a mock loop' }).isVisible()).resolves.toBe(true);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'home-390x844');

      await page.getByRole('link', { name: 'Set up a mock loop' }).click();
      await page.getByRole('heading', { level: 1, name: 'Set up a mock loop' }).waitFor();
      await screenshot(page, 'new-loop-390x844');
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('stays readable in dark mode', async () => {
    const page = await openHome({ viewport: VIEWPORTS.sideBySide, colorScheme: 'dark' });
    try {
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'home-800x800-dark');
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('serves the not-found page for unknown addresses', async () => {
    const page = await newPage(browser, { viewport: VIEWPORTS.phone });
    try {
      await page.goto(new URL('/no-such-page', server.url).href);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await page.getByRole('heading', { level: 1, name: 'MockLoop' }).waitFor();
      expectNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});
