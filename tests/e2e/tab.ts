/**
 * `test` with one browser tab per worker, reused from test to test. Opening a tab costs Chromium here about half a
 * CPU-second, a third of a short test (measured: 20 tests that open a page and read its heading took 31 busy core-s
 * with a tab each, 27 with a tab each in one context, 17 in one tab). Every test still opens its own page with
 * page.goto, and after it the tab is reset: listeners and routes removed, media emulation undone, and a blank page
 * loaded, so no test sees what another left. After a failure Playwright starts a new worker, and with it a new tab.
 * A test that needs a context of its own (JavaScript off, permissions, the page clock, which cannot be uninstalled)
 * uses `freshTest`, Playwright's own test; the shared tab refuses context options rather than ignore them.
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export const freshTest = base;

export const test = base.extend<{ page: Page }, { sharedTab: Page }>({
  sharedTab: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedTab, javaScriptEnabled, permissions }, use) => {
    if (javaScriptEnabled === false || (permissions?.length ?? 0) > 0)
      throw new Error('the shared tab cannot take context options: use freshTest for this test');
    await use(sharedTab);
    sharedTab.removeAllListeners();
    await sharedTab.unrouteAll({ behavior: 'ignoreErrors' });
    await sharedTab.emulateMedia({ media: null, colorScheme: null });
    await sharedTab.goto('about:blank');
  },
});
