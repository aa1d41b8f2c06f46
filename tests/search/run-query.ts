/** Runs one query through the real search page and returns the result links, in order. */
import type { Page } from '@playwright/test';

export async function searchFor(page: Page, locale: 'zh' | 'en', query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /\d/u.test(status) || !document.querySelector<HTMLElement>('[data-search-none]')!.hidden;
  });
  return page.locator('[data-search-result] h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}
