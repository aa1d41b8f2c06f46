/**
 * `npm run bench:search` (after `npm run build`): measures search on the built site in Chromium.
 * Prints, per language, the bytes transferred for a first search on a cold page, and the median
 * and p95 time per query over the query set once Pagefind is loaded.
 * Targets: first search < 200 KB transferred; p95 < 50 ms. Figures, not a pass/fail test.
 */
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../tests/chromium.ts';
import { SEARCH_CASES } from '../tests/search/queries.ts';
import { serveDist } from './lib/serve.ts';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Submits a query through the page's own form and resolves when the results are announced. */
async function timedSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const status = document.querySelector('[data-search-status]')!;
    const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = text;
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const message = status.textContent ?? '';
        if (/\d/u.test(message) || !document.querySelector<HTMLElement>('[data-search-none]')!.hidden) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    const start = performance.now();
    form.requestSubmit();
    await done;
    return performance.now() - start;
  }, query);
}

const server = await serveDist(4380);
const browser = await chromium.launch(launchOptions);
try {
  for (const locale of ['zh', 'en'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/${locale}/search/`);
    await page.waitForLoadState('networkidle');
    // Counted at the context, so the requests of Pagefind's web worker are included.
    const transfers: Promise<number>[] = [];
    const files: string[] = [];
    context.on('requestfinished', (request) => {
      files.push(new URL(request.url()).pathname);
      transfers.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
    });
    const first = SEARCH_CASES.find((entry) => entry.locale === locale)!.query;
    const firstTime = await timedSearch(page, first);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(transfers)).reduce((sum, size) => sum + size, 0);
    console.log(
      `${locale}: first search (“${first}”) on a cold page: ${(bytes / 1024).toFixed(1)} KB transferred in ${files.length} requests, ${firstTime.toFixed(0)} ms`,
    );

    console.log(`   ${files.join(' ')}`);
    const times: number[] = [];
    for (const { query } of SEARCH_CASES.filter((entry) => entry.locale === locale)) times.push(await timedSearch(page, query));
    console.log(
      `${locale}: ${times.length} queries once loaded: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
