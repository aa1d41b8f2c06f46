/**
 * Deploy anywhere: built under BASE_PATH=/plan/, the site is crawled from its root with 0 broken links.
 * Built from a newcomer's setup too: TMPDIR beside the clone, sharing its path as a prefix (/tmp/clone-tmp… next to
 * /tmp/clone). Test builds must still work there: Astro compares paths by prefix (see tools/lib/work-dir.ts).
 * That folder is a fresh one of this test's own (mkdtemp), removed afterwards; nothing else beside the clone is touched.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractLinks } from '#tools/lib/html-links.ts';
import { headersFor, parseHeadersFile } from '#tools/lib/headers-file.ts';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { freePort, serveDist } from '#tools/lib/serve.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';

const BASE = '/plan/';
// A free port, not a fixed one: another checkout's test server may hold any fixed port.
let PORT = 0;
const work = makeWorkDir('base-path-');
const outDir = join(work, 'dist');
let server: Awaited<ReturnType<typeof serveDist>> | undefined;
let build: ReturnType<typeof astroBuild>;
// A new folder whose path starts with the checkout's (<checkout>-tmp-XXXXXX), made and removed by this test alone.
const besideCheckout = mkdtempSync(`${process.cwd()}-tmp-`);
const previousTmpdir = process.env.TMPDIR;

beforeAll(async () => {
  PORT = await freePort();
  // In this process too: the build's copy of the project is made in os.tmpdir().
  process.env.TMPDIR = besideCheckout;
  // The reference plan alone: the base path is the same for every plan, and the crawl need not grow with the site.
  copyReferenceContent(join(work, 'content'));
  const settings = {
    BASE_PATH: BASE,
    SITE_URL: `http://127.0.0.1:${PORT}`,
    CONTENT_DIR: join(work, 'content'),
    OUT_DIR: outDir,
    CACHE_DIR: join(work, 'cache'),
  };
  build = astroBuild({ ...settings, TMPDIR: besideCheckout });
  if (previousTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmpdir;
  if (build.status !== 0) throw new Error(`build under ${BASE} from TMPDIR=${besideCheckout} failed:\n${build.output}`);
  server = await serveDist(PORT, { dir: outDir, env: settings });
}, 120_000);

afterAll(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(besideCheckout, { recursive: true, force: true });
});

describe('a build with TMPDIR beside the checkout', () => {
  it('succeeds and writes its pages', () => {
    expect(build.output).not.toContain('Cannot find package');
    expect(readdirSync(join(outDir, 'en')).length).toBeGreaterThan(0);
  });
});

describe(`the site built under ${BASE}`, () => {
  it('is crawled from its root with no broken link', async () => {
    const origin = `http://127.0.0.1:${PORT}`;
    const queue = [`${origin}${BASE}`];
    const seen = new Set(queue);
    const broken: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(`${url}: ${response.status}`);
        continue;
      }
      if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
      for (const link of extractLinks(await response.text())) {
        const target = new URL(link, url);
        target.hash = '';
        if (target.origin !== origin || seen.has(target.href)) continue;
        seen.add(target.href);
        queue.push(target.href);
      }
    }
    expect(seen.size).toBeGreaterThan(75);
    expect([...seen].every((url) => new URL(url).pathname.startsWith(BASE))).toBe(true);
    expect(broken).toEqual([]);
  }, 120_000);

  it('writes _headers whose patterns carry the base path, so fingerprinted assets are cached for a year', () => {
    const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((rule) => rule.pattern.startsWith(BASE))).toBe(true);
    const asset = `${BASE}_astro/${readdirSync(join(outDir, '_astro'))[0]}`;
    expect(headersFor(rules, asset).get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, `${BASE}pagefind/index/x.pf_index`).get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, `${BASE}en/`).get('Content-Security-Policy')).toMatch(/default-src 'self'/u);
    expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain(BASE);
  });

  it('serves those headers on the real paths', async () => {
    const asset = `${BASE}_astro/${readdirSync(join(outDir, '_astro'))[0]}`;
    const response = await fetch(`${server!.url}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
