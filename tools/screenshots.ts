/**
 * `npm run screenshots -- [base URL]`: full-page PNGs of each page type at 360 px and 1440 px,
 * in both languages and both colour schemes, into screenshots/ (not committed). For looking, not testing.
 * PAGES may name search pages with a query (/en/search/?q=kindergarten): they are taken once their results show.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '#tests/chromium.ts';

const base = process.argv[2] ?? 'http://localhost:4321';
const pages = (
  process.env.PAGES ??
  '/,/zh/,/en/,/zh/eight-roads/effective-investment/,/en/eight-roads/party-building/,/zh/eight-roads/effective-investment/technology-upgrade-projects/,/en/eight-roads/effective-investment/technology-upgrade-projects/,/en/about/'
).split(',');
const widths = [360, 1440];
const schemes = (process.env.SCHEMES ?? 'light').split(',') as ('light' | 'dark')[];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const scheme of schemes) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(base + path);
      // A search page with a query: wait for its results (or its “no results”) to be shown.
      if (/\/search\/\?q=/u.test(path))
        await page.waitForFunction(() => /\d/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, {
          timeout: 15_000,
        });
      const name = `${path.replace(/[/?=&%]/g, '_') || 'root'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
    }
    await page.close();
  }
}
await browser.close();
