/**
 * `test` with one browser tab per worker, reused from test to test. Opening a tab costs Chromium a large share of a
 * short test's CPU time, more than the page it then loads (docs/testing.md). Every test still opens its own page with
 * page.goto, and after it the tab is reset: listeners and routes removed, media emulation undone, the mouse moved
 * away, and a blank page loaded. The HTTP cache stays shared, as in a reader's browser. After a failure Playwright
 * starts a new worker, and with it a new tab. A test that needs a context of its own (JavaScript off, permissions,
 * the page clock, which cannot be uninstalled) uses `freshTest`; the shared tab refuses the context options a test
 * sets rather than ignore them. freshTest extends `test`, so both run in the same workers (Playwright starts a new
 * worker for a test whose fixtures differ).
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** Context options a test might set with test.use, and their defaults: the shared tab cannot honour any other value. */
const DEFAULTS = {
  javaScriptEnabled: [true, undefined],
  permissions: [undefined],
  colorScheme: ['light', undefined],
  locale: ['en-US'],
  offline: [false, undefined],
  extraHTTPHeaders: [undefined],
  storageState: [undefined],
  reducedMotion: ['no-preference'],
} as const;

export const test = base.extend<{ page: Page }, { sharedTab: Page }>({
  sharedTab: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, locale: 'en-US' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async (
    {
      sharedTab,
      viewport,
      javaScriptEnabled,
      permissions,
      colorScheme,
      locale,
      offline,
      extraHTTPHeaders,
      storageState,
      reducedMotion,
      contextOptions,
    },
    use,
  ) => {
    // Named twice: Playwright reads the fixtures a test needs from this parameter list, and refuses a rest pattern.
    const set = {
      javaScriptEnabled,
      permissions,
      colorScheme,
      locale,
      offline,
      extraHTTPHeaders,
      storageState,
      reducedMotion,
    };
    const changed = Object.entries(set)
      .filter(([name, value]) => !(DEFAULTS[name as keyof typeof DEFAULTS] as readonly unknown[]).includes(value))
      .map(([name]) => name);
    if (Object.keys(contextOptions).length > 0) changed.push('contextOptions');
    // Playwright's default viewport, which the shared tab has.
    if (viewport && (viewport.width !== 1280 || viewport.height !== 720)) changed.push('viewport');
    if (changed.length > 0) throw new Error(`the shared tab cannot take ${changed.join(', ')}: use freshTest for this test`);
    await use(sharedTab);
    sharedTab.removeAllListeners();
    await sharedTab.unrouteAll({ behavior: 'ignoreErrors' });
    await sharedTab.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null, contrast: null });
    await sharedTab.mouse.move(0, 0);
    await sharedTab.goto('about:blank');
  },
});

/** Playwright's own page in a context of the test's own, for tests that set context options. */
export const freshTest = test.extend<{ page: Page }>({
  page: async ({ context }, use) => {
    await use(await context.newPage());
  },
});
