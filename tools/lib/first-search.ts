/** The bytes a reader's browser transfers for a first search on a cold search page, Pagefind's worker included. */
import { chromium } from '@playwright/test';
import { launchOptions } from '#tests/chromium.ts';
import { serveDist } from './serve.ts';

export async function firstSearchBytes(dir: string, port: number, locale: 'zh' | 'en', query: string): Promise<number> {
  const server = await serveDist(port, { dir });
  const browser = await chromium.launch(launchOptions);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/${locale}/search/`);
    await page.waitForLoadState('networkidle');
    const transfers: Promise<number>[] = [];
    context.on('requestfinished', (request) => {
      transfers.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.locator('[data-search-form] input[name="q"]').fill(query);
    await page.locator('[data-search-form]').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.locator('[data-search-status]').filter({ hasText: /\d/u }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return (await Promise.all(transfers)).reduce((sum, size) => sum + size, 0);
  } finally {
    await browser.close();
    server.stop();
  }
}
