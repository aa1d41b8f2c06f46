/**
 * Performance budgets over dist/: at most 30 KB gzip of HTML, CSS and JS per page (search assets
 * only load when a search starts); content pages load no JavaScript but the header search box's small preloader
 * (src/search/client/preload.ts), which loads no search code itself; no web fonts.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '#tools/lib/html-links.ts';
import { BASE, SITE, allFiles, fileForPath, htmlFiles, read } from './built-site.ts';

const BUDGET_BYTES = 30 * 1024;
const gzipped = (file: string) => gzipSync(read(file)).length;

/** The modules a built script imports statically, and theirs: shared chunks load up front too. */
function withImports(script: string, seen = new Set<string>()): Set<string> {
  if (seen.has(script)) return seen;
  seen.add(script);
  const folder = script.slice(0, script.lastIndexOf('/') + 1);
  for (const [, path] of read(script).matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.m?js)["']/gu)) withImports(folder + path.slice(2), seen);
  return seen;
}

/** The CSS and JS files a page loads up front (not Pagefind, which loads on a search). */
function assetsOf(page: string): string[] {
  const pageUrl = new URL(`${BASE}${page.replace(/index\.html$/u, '')}`, SITE);
  const linked = extractLinks(read(page))
    .map((link) => new URL(link, pageUrl))
    .filter((url) => url.origin === SITE.origin && /\.(css|js|mjs)$/u.test(url.pathname))
    .map((url) => fileForPath(url.pathname))
    .filter((file): file is string => file !== undefined);
  const scripts = new Set<string>();
  for (const file of linked.filter((f) => /\.m?js$/u.test(f))) withImports(file, scripts);
  return [...linked.filter((f) => f.endsWith('.css')), ...scripts];
}

describe('budgets', () => {
  const rows = htmlFiles().map((page) => {
    const assets = assetsOf(page);
    const bytes = gzipped(page) + assets.reduce((sum, file) => sum + gzipped(file), 0);
    return { page, bytes, scripts: assets.filter((file) => /\.m?js$/u.test(file)) };
  });

  it('keeps every page within 30 KB gzip of HTML, CSS and JS', () => {
    const heaviest = [...rows].sort((a, b) => b.bytes - a.bytes)[0];
    console.log(`heaviest page: ${heaviest.page}, ${(heaviest.bytes / 1024).toFixed(1)} KB gzip`);
    expect(rows.filter((row) => row.bytes > BUDGET_BYTES).map((row) => `${row.page}: ${row.bytes} B`)).toEqual([]);
  });

  it('loads JavaScript only where a feature needs it', () => {
    // The features that need a script: search, the sortable commitments table, citation copy buttons, glossary popovers.
    const FEATURES = /data-search[\s>]|data-commitments[\s>]|data-cite[\s>]|data-term-note=/u;
    // Every page's header search box fetches what a search reads once the reader starts using it: one small module.
    const isPreloader = (file: string) => /HeaderSearch\.astro_astro_type_script/u.test(file);
    const withScripts = rows.filter((row) => row.scripts.some((file) => !isPreloader(file)));
    const kilobytes = (files: string[]) => (files.reduce((sum, file) => sum + gzipped(file), 0) / 1024).toFixed(1);
    console.log(`pages with JavaScript: ${withScripts.length} of ${rows.length}`);
    for (const kind of ['search', 'commitments', 'eight-roads']) {
      const example = withScripts.find((row) => row.page.includes(`/${kind}/`));
      if (example) console.log(`  e.g. ${example.page}: ${example.scripts.length} script(s), ${kilobytes(example.scripts)} KB gzip`);
    }
    expect(withScripts.filter((row) => !FEATURES.test(read(row.page))).map((row) => row.page)).toEqual([]);
    const plainContent = ['zh/index.html', 'en/index.html', 'zh/about/index.html', 'en/glossary/index.html', 'zh/status/index.html'];
    const preloaders = [...new Set(rows.flatMap((row) => row.scripts.filter(isPreloader)))];
    expect(preloaders).toHaveLength(1);
    expect(gzipped(preloaders[0])).toBeLessThan(1536);
    expect(read(preloaders[0])).not.toMatch(/pagefind\.js|import\(/u);
    const plain = rows.filter((row) => plainContent.includes(row.page));
    expect(plain.filter((row) => row.scripts.some((file) => !isPreloader(file))).map((row) => row.page)).toEqual([]);
  });

  it('has no web fonts', () => {
    expect(allFiles().filter((file) => /\.(woff2?|ttf|otf|eot)$/u.test(file))).toEqual([]);
    for (const css of allFiles().filter((file) => file.endsWith('.css') && !file.startsWith('pagefind/'))) {
      expect(read(css), css).not.toMatch(/@font-face/u);
    }
  });
});
