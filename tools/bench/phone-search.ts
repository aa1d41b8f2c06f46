/**
 * The phone case of `npm run bench:search`: a mid-range phone on slow 4G (CPU slowed PHONE.cpu times, PHONE.rtt ms
 * round trip, PHONE.down / PHONE.up bits per second), with a cold cache, opens the home page, taps its search box,
 * types a query at TYPING_MS per character and presses Enter. Timed from Enter to the first result visible on the
 * search page; also printed: the bytes and the requests after Enter, how many of those came one after another, and
 * the floor those allow (bytes ÷ bandwidth + one round trip per request in sequence), and the bytes fetched while
 * typing. Emulated through Chromium's DevTools protocol (Emulation.setCPUThrottlingRate, Network.emulateNetworkConditions).
 */
import type { Browser, CDPSession } from '@playwright/test';

export const PHONE = { cpu: 4, rtt: 150, down: 1_600_000, up: 750_000 } as const;

/**
 * How fast the reader types: a letter or digit every TYPING_MS, and a Chinese character every HAN_TYPING_MS (its
 * pinyin, about three letters, and choosing it in the input method).
 */
const TYPING_MS = 200;
const HAN_TYPING_MS = 600;

/** Real queries, searched in turn over PHONE_RUNS cold runs per language. */
const QUERIES = { zh: ['幼儿园', '5G基站', '机器换人'], en: ['kindergarten', '5G base stations', 'Huawei'] } as const;

const RUNS = Number(process.env.PHONE_RUNS ?? 6);

/**
 * Run in every page before its scripts: notes when Enter is pressed in the search box, and when the first result is
 * painted (the frame after it is inserted), in sessionStorage, which the search page shares with the home page.
 */
function SEEN() {
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') sessionStorage.setItem('bench-enter', String(Date.now()));
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-search-results] [data-search-result]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => sessionStorage.setItem('bench-visible', String(Date.now()))));
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Request {
  start: number;
  end?: number;
  bytes: number;
  cached: boolean;
}

/** Records every request's timing, size and whether the cache served it, by DevTools request id. */
function recordRequests(cdp: CDPSession) {
  const requests = new Map<string, Request>();
  cdp.on('Network.requestWillBeSent', (event) => {
    // A redirect reuses the id: keep the first start.
    if (!requests.has(event.requestId)) requests.set(event.requestId, { start: event.timestamp, bytes: 0, cached: false });
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.cached = true;
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (request && (event.response.fromDiskCache || event.response.fromPrefetchCache || event.response.fromServiceWorker))
      request.cached = true;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.end = event.timestamp;
    request.bytes = event.encodedDataLength;
  });
  return requests;
}

/** The longest chain of network requests of which each started after the one before it had finished. */
function sequentialDepth(requests: Request[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const depth = new Map<Request, number>();
  for (const request of sorted) {
    const before = sorted.filter((other) => other.end !== undefined && other.end <= request.start);
    depth.set(request, 1 + Math.max(0, ...before.map((other) => depth.get(other) ?? 1)));
  }
  return Math.max(0, ...depth.values());
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function oneRun(browser: Browser, origin: string, locale: 'zh' | 'en', query: string) {
  const context = await browser.newContext(); // a cold cache
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.rtt,
    downloadThroughput: PHONE.down / 8,
    uploadThroughput: PHONE.up / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  const requests = recordRequests(cdp);
  await context.addInitScript(SEEN);
  await page.goto(`${origin}/${locale}/`);
  await page.waitForLoadState('networkidle');
  const homeRequests = new Set(requests.keys());
  await page.locator('#header-search').click();
  for (const character of query) {
    await page.keyboard.insertText(character);
    await page.waitForTimeout(/\p{Script=Han}/u.test(character) ? HAN_TYPING_MS : TYPING_MS);
  }
  const typedRequests = new Set(requests.keys());
  await page.keyboard.press('Enter');
  // Read from the pages' own clocks (SEEN), not by polling the page, which would take the phone's main thread.
  await page.waitForFunction(() => sessionStorage.getItem('bench-visible'), undefined, { polling: 200, timeout: 30_000 });
  const time = await page.evaluate(() => Number(sessionStorage.getItem('bench-visible')) - Number(sessionStorage.getItem('bench-enter')));
  await page.waitForLoadState('networkidle');
  const all = [...requests.entries()];
  const whileTyping = all.filter(([id]) => !homeRequests.has(id) && typedRequests.has(id)).map(([, request]) => request);
  const afterEnter = all.filter(([id]) => !typedRequests.has(id)).map(([, request]) => request);
  const network = afterEnter.filter((request) => !request.cached && request.bytes > 0);
  await context.close();
  return {
    time,
    bytes: network.reduce((sum, request) => sum + request.bytes, 0),
    requests: network.length,
    sequential: sequentialDepth(network),
    typingBytes: whileTyping.reduce((sum, request) => sum + request.bytes, 0),
  };
}

export async function phoneCase(browser: Browser, origin: string): Promise<void> {
  console.log(
    `phone: ${PHONE.cpu}× CPU, ${PHONE.rtt} ms RTT, ${PHONE.down / 1e6} Mbps down, ${PHONE.up / 1000} kbps up, cold cache; home page's search box, typing ${TYPING_MS} ms a character, Enter → first result visible`,
  );
  for (const locale of ['zh', 'en'] as const) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const query = QUERIES[locale][run % QUERIES[locale].length];
      runs.push({ query, ...(await oneRun(browser, origin, locale, query)) });
    }
    const floors = runs.map((run) => (run.bytes * 8) / PHONE.down + (run.sequential * PHONE.rtt) / 1000);
    console.log(
      `${locale}: median ${(median(runs.map((run) => run.time)) / 1000).toFixed(2)} s (runs ${runs.map((run) => (run.time / 1000).toFixed(2)).join(', ')}); ` +
        `after Enter: median ${(median(runs.map((run) => run.bytes)) / 1024).toFixed(1)} KB in ${median(runs.map((run) => run.requests))} requests, ` +
        `${median(runs.map((run) => run.sequential))} in sequence; floor ${median(floors).toFixed(2)} s; ` +
        `fetched while typing: ${(median(runs.map((run) => run.typingBytes)) / 1024).toFixed(1)} KB`,
    );
    for (const run of runs)
      console.log(
        `   “${run.query}” ${(run.time / 1000).toFixed(2)} s, ${(run.bytes / 1024).toFixed(1)} KB in ${run.requests} requests (${run.sequential} in sequence)`,
      );
  }
}
