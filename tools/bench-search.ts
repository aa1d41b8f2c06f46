/**
 * `npm run bench:search` (after `npm run build`): measures search on the built site in Chromium.
 * Prints, per language, the bytes transferred for a first search on a cold page, the bytes a
 * search in the other language's index adds (the cross-language fallback), and the median and p95
 * time per query over both query sets once Pagefind is loaded, pooled over BENCH_RUNS fresh pages (3). BENCH_FILES=1 lists the first search's files and sizes.
 * Then the phone case (phoneCase below): a cold phone, from the home page's search box to the first result.
 * Targets: first search < 200 KB transferred; fallback < 150 KB more; p95 < 50 ms; phone median ≤ 1.8 s.
 * Figures, not a pass/fail test. BENCH_PHONE=only runs the phone case alone, BENCH_PHONE=0 leaves it out.
 */
import { chromium, type Page, type Request } from '@playwright/test';
import { launchOptions } from '#tests/chromium.ts';
import { SEARCH_CASES } from '#tests/search/queries.ts';
import { UNDERSTANDING_CASES } from '#tests/search/queries-understanding.ts';
import { serveDist } from './lib/serve.ts';
import { phoneCase } from './bench/phone-search.ts';

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

/** A query in the other language's script, which searches the other index too. */
const OTHER_LANGUAGE_QUERY = { zh: 'Huawei', en: '幼儿园' } as const;

/** How many times the query set runs, each in a fresh page: BENCH_RUNS, 3 unless set. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`BENCH_RUNS must be a whole number of at least 1, not “${process.env.BENCH_RUNS}”`);

/** Times the query set, one query after another in one page; counts the fragment files it fetches. */
async function timeQuerySet(page: Page, cases: { query: string }[]) {
  // Fragment files fetched over the query set (each holds about 80 pages' text): the first query to open one is slow.
  let fragments = 0;
  const countFragment = (request: Request) => {
    if (request.url().endsWith('.pf_fragment')) fragments += 1;
  };
  page.context().on('request', countFragment);
  const times: number[] = [];
  for (const { query } of cases) times.push(await timedSearch(page, query));
  page.context().off('request', countFragment);
  return { times, fragments };
}

const server = await serveDist(4380);
const browser = await chromium.launch(launchOptions);
const PHONE = process.env.BENCH_PHONE ?? '1';
try {
  for (const locale of PHONE === 'only' ? [] : (['zh', 'en'] as const)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/${locale}/search/`);
    await page.waitForLoadState('networkidle');
    // Counted at the context, so the requests of Pagefind's web worker are included.
    let transfers: Promise<number>[] = [];
    let files: string[] = [];
    const count = (request: Request) => {
      const size = request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize);
      transfers.push(size);
      files.push(new URL(request.url()).pathname);
    };
    context.on('requestfinished', count);
    const measure = async (query: string) => {
      transfers = [];
      files = [];
      const time = await timedSearch(page, query);
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(transfers);
      const bytes = sizes.reduce((sum, size) => sum + size, 0);
      const list = files.map((file, index) => `${file} ${(sizes[index] / 1024).toFixed(1)} KB`).join(', ');
      return { time, bytes, requests: files.length, list };
    };
    const first = SEARCH_CASES.find((entry) => entry.locale === locale)!.query;
    const cold = await measure(first);
    console.log(
      `${locale}: first search (“${first}”) on a cold page: ${(cold.bytes / 1024).toFixed(1)} KB transferred in ${cold.requests} requests, ${cold.time.toFixed(0)} ms`,
    );
    if (process.env.BENCH_FILES) console.log(`   ${cold.list}`);
    const fallback = await measure(OTHER_LANGUAGE_QUERY[locale]);
    console.log(
      `${locale}: the other language's index (“${OTHER_LANGUAGE_QUERY[locale]}”) adds ${(fallback.bytes / 1024).toFixed(1)} KB in ${fallback.requests} requests`,
    );

    // Byte counting asks the browser for each request's sizes: stopped before timing, so as not to slow the page.
    context.off('requestfinished', count);
    const cases = [...SEARCH_CASES, ...UNDERSTANDING_CASES].filter((entry) => entry.locale === locale);
    // The query set in RUNS pages, each loaded the same way (the two searches above first), pooled: one run's p95
    // is its fifth slowest query or so, and moved by several ms from run to run.
    const runs = [await timeQuerySet(page, cases)];
    await context.close();
    while (runs.length < RUNS) {
      const fresh = await browser.newContext();
      const freshPage = await fresh.newPage();
      await freshPage.goto(`${server.url}/${locale}/search/`);
      await freshPage.waitForLoadState('networkidle');
      for (const query of [first, OTHER_LANGUAGE_QUERY[locale]]) {
        await timedSearch(freshPage, query);
        await freshPage.waitForLoadState('networkidle');
      }
      runs.push(await timeQuerySet(freshPage, cases));
      await fresh.close();
    }
    const times = runs.flatMap((run) => run.times);
    const p95s = runs.map((run) => percentile(run.times, 95).toFixed(1)).join(', ');
    console.log(
      `${locale}: ${cases.length} queries × ${RUNS} run${RUNS === 1 ? '' : 's'} once loaded: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (each run: ${p95s}), max ${Math.max(...times).toFixed(1)} ms; ${runs[0].fragments} fragment files fetched per run`,
    );
    // Where the time goes: the slowest queries (by their median over the runs), to see what they have in common.
    const slowest = cases
      .map(({ query }, index) => ({
        query,
        time: percentile(
          runs.map((run) => run.times[index]),
          50,
        ),
      }))
      .sort((x, y) => y.time - x.time)
      .slice(0, 6);
    console.log(`   slowest: ${slowest.map(({ query, time }) => `“${query.slice(0, 40)}” ${time.toFixed(0)} ms`).join('; ')}`);
  }
  if (PHONE !== '0') await phoneCase(browser, server.url);
} finally {
  await browser.close();
  server.stop();
}
