/** The built site holds together: every internal link, asset and #anchor resolves; every page has its counterpart; the HTML is valid. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { extractIds, extractLinks, extractLoads } from '#tools/lib/html-links.ts';
import { BASE, SITE, allFiles, fileForPath, htmlFiles, read } from './built-site.ts';

const pages = htmlFiles();

describe('dist/', () => {
  it('has the pages a reader expects', () => {
    expect(pages.length).toBeGreaterThan(70);
    for (const page of ['index.html', 'zh/index.html', 'en/index.html', '404.html']) expect(pages).toContain(page);
  });

  it('has no broken internal link, asset or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => idsOf.get(file) ?? idsOf.set(file, extractIds(read(file))).get(file)!;
    for (const page of pages) {
      const pageUrl = new URL(`${BASE}${page.replace(/index\.html$/u, '')}`, SITE);
      for (const link of extractLinks(read(page))) {
        const url = new URL(link, pageUrl);
        if (url.origin !== SITE.origin || url.protocol === 'mailto:') continue;
        checked += 1;
        const target = url.pathname === pageUrl.pathname ? page : fileForPath(url.pathname);
        if (!target) broken.push(`${page}: ${link} (no such file)`);
        else if (url.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page}: ${link} (no id “${url.hash.slice(1)}” in ${target})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 10);
    expect(broken).toEqual([]);
  });

  // No third-party request, checked on every page here; the browser sweep sees it on one page per template.
  it('loads nothing from another origin: no page, stylesheet or script fetches from anywhere but the site', () => {
    const elsewhere: string[] = [];
    let loads = 0;
    for (const page of pages) {
      const pageUrl = new URL(`${BASE}${page.replace(/index\.html$/u, '')}`, SITE);
      for (const address of extractLoads(read(page))) {
        loads += 1;
        if (new URL(address, pageUrl).origin !== SITE.origin) elsewhere.push(`${page}: ${address}`);
      }
    }
    // Stylesheets fetch through url() and @import; scripts through import and fetch. Ours name only relative paths.
    const ABSOLUTE = /(?:url\(\s*["']?|@import\s+["']|\bimport\s*\(?\s*["']|\bfrom\s*["']|\bfetch\(\s*["'`])((?:[a-z][a-z\d+.-]*:)?\/\/[^"'`)\s]+)/giu;
    for (const file of allFiles().filter((name) => /\.(css|m?js)$/u.test(name))) {
      for (const [, address] of read(file).matchAll(ABSOLUTE)) if (new URL(address, SITE).origin !== SITE.origin) elsewhere.push(`${file}: ${address}`);
    }
    expect(loads).toBeGreaterThan(pages.length * 2);
    expect(elsewhere).toEqual([]);
  });

  it('has every language page in the other language too', () => {
    const inOther = (page: string) => (page.startsWith('zh/') ? page.replace(/^zh\//u, 'en/') : page.replace(/^en\//u, 'zh/'));
    const missing = pages.filter((page) => /^(zh|en)\//u.test(page)).filter((page) => !pages.includes(inOther(page)));
    expect(missing).toEqual([]);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Titles carry whole translated headings; cutting them to 70 characters would lose meaning.
      rules: { 'long-title': 'off' },
    });
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(read(page), page);
      for (const result of report.results) for (const message of result.messages) errors.push(`${page}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
    // A correctness check must not fail on a busy machine or a larger site: a limit per page far above what one takes.
  }, Math.max(60_000, pages.length * 500));
});
