/**
 * `npm run bench`: what the site costs to build and to load, as figures (no pass/fail).
 * 1. Build time, page count, bytes per page (HTML+CSS+JS gzip: median and max), Pagefind index size.
 * 2. Lighthouse 12 (mobile emulation, Debian's Chromium): performance, accessibility, best practices
 *    and SEO for the home, a road, an initiative and the search page.
 * 3. Scale: 1 plan and 20 plans (copies of the plan folder), each built in a scratch folder: build time per page,
 *    page count, gzip bytes per page, Pagefind index size and the bytes of a first search, against the targets
 *    (every page ≤ 30 KB gzip, first search < 250 KB, build time per page ≤ 1.5× one plan's).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '#tests/chromium.ts';
import { extractLinks } from './lib/html-links.ts';
import { serveDist } from './lib/serve.ts';
import { astroBuild } from './lib/astro-build.ts';
import { writePlanCopies } from './bench/plan-copies.ts';
import { firstSearchBytes } from './lib/first-search.ts';
import { makeWorkDir, removeWorkDir } from './lib/work-dir.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
const folderSize = (dir: string) => files(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

function build(env: Record<string, string>): { seconds: number } {
  const start = performance.now();
  const result = astroBuild(env);
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  return { seconds: (performance.now() - start) / 1000 };
}

function pageWeights(dir: string): number[] {
  return files(dir)
    .filter((file) => file.endsWith('.html'))
    .map((page) => {
      const html = readFileSync(join(dir, page), 'utf8');
      const assets = extractLinks(html).filter((link) => /^\/_astro\/.+\.(css|js)$/u.test(link));
      return gzipSync(html).length + assets.reduce((sum, asset) => sum + gzipSync(readFileSync(join(dir, asset))).length, 0);
    })
    .sort((a, b) => a - b);
}

function report(label: string, dir: string, seconds: number): void {
  const weights = pageWeights(dir);
  console.log(
    `${label}: built in ${seconds.toFixed(1)} s; ${weights.length} pages; per page (HTML+CSS+JS gzip) median ${kb(weights[Math.floor(weights.length / 2)])}, max ${kb(weights.at(-1)!)}; Pagefind index ${kb(folderSize(join(dir, 'pagefind')))}`,
  );
}

// 1. The site itself.
const site = build({});
report('site', 'dist', site.seconds);

// 2. Lighthouse on four page types.
const server = await serveDist(4390);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
try {
  for (const path of [
    '/en/',
    '/zh/eight-roads/industry-city-integration/',
    '/en/eight-roads/shared-development/warm-home/',
    '/zh/search/?q=幼儿园',
  ]) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(
      `lighthouse ${path}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`,
    );
  }
} finally {
  chrome.kill();
  server.stop();
}

// 3. Scale: 1 plan and 20 plans.
const perPage: number[] = [];
for (const count of [1, 20]) {
  const work = makeWorkDir(`plans-${count}-`);
  try {
    writePlanCopies(join(work, 'content'), count);
    const dir = join(work, 'dist');
    const { seconds } = build({ CONTENT_DIR: join(work, 'content'), OUT_DIR: dir, CACHE_DIR: join(work, 'cache') });
    const weights = pageWeights(dir);
    perPage.push((seconds * 1000) / weights.length);
    const search = await firstSearchBytes(dir, 20_000 + (process.pid % 10_000), 'zh', '幼儿园');
    const over = weights.filter((weight) => weight > 30 * 1024).length;
    console.log(
      `${count} plan${count === 1 ? '' : 's'}: ${weights.length} pages; build ${seconds.toFixed(1)} s = ${perPage.at(-1)!.toFixed(1)} ms per page; ` +
        `per page (HTML+CSS+JS gzip) median ${kb(weights[Math.floor(weights.length / 2)])}, max ${kb(weights.at(-1)!)} (${over} over 30 KB); ` +
        `Pagefind index ${kb(folderSize(join(dir, 'pagefind')))}; first search (zh “幼儿园”) ${kb(search)}`,
    );
  } finally {
    removeWorkDir(work);
  }
}
console.log(`build time per page, 20 plans ÷ 1 plan: ${(perPage[1] / perPage[0]).toFixed(2)}× (target ≤ 1.5×)`);
