/**
 * The browser sweep axes one page per structural signature (tests/dist/page-signatures.ts). This holds what makes
 * that enough for “every page is axe-clean”: every built page shares its signature with an axed page, the signature
 * sees every difference axe and the styles can see, and it ignores only the words.
 */
import { describe, expect, it } from 'vitest';
import { fileForPath, read } from './built-site.ts';
import { axePages, pageSignature, pagesBySignature } from './page-signatures.ts';
import { builtPages, isCommitmentPage, readBuilt } from './site-pages.ts';

const page = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>A page</title></head><body>${body}</body></html>`;
const same = (a: string, b: string) => expect(pageSignature(page(a))).toBe(pageSignature(page(b)));
const differ = (a: string, b: string) => expect(pageSignature(page(a))).not.toBe(pageSignature(page(b)));

describe('a page’s structural signature', () => {
  it('ignores the words, the addresses, the ids and the data a script reads', () => {
    same('<h1>Park upgrading</h1><p>400 new 5G base stations</p>', '<h1>园区提档升级</h1><p>新建5G基站400个</p>');
    same('<a href="/en/a/" id="x" aria-label="A">a</a>', '<a href="/en/b/" id="y" aria-label="B">b</a>');
    same('<div data-commitment="park-upgrading" data-term-note="One">x</div>', '<div data-commitment="new-5g" data-term-note="Two">y</div>');
  });

  it('counts a run of same-shaped items once, and marks in running text as a set', () => {
    same('<ul><li><a href="/a/">a</a></li></ul>', '<ul><li><a href="/a/">a</a></li><li><a href="/b/">b</a></li><li><a href="/c/">c</a></li></ul>');
    same('<p>a <a class="term-link" href="#">t</a> b <a class="figure-link" href="#">5</a></p>', '<p><a class="figure-link" href="#">5</a> a <a class="term-link" href="#">t</a></p>');
  });

  it('sees a different tag, class, attribute, language or role', () => {
    differ('<p>a</p>', '<div>a</div>');
    differ('<p class="text-sm">a</p>', '<p class="text-xs">a</p>');
    differ('<p>a</p>', '<p lang="zh-Hans">a</p>');
    differ('<div role="note">a</div>', '<div role="alert">a</div>');
    differ('<span aria-hidden="true">a</span>', '<span>a</span>');
    differ('<button type="button">a</button>', '<button type="submit">a</button>');
    differ('<section><h2>a</h2></section>', '<section><h2>a</h2><p>b</p></section>');
  });

  it('sees a different script or stylesheet', () => {
    differ('<script type="module" src="/_astro/search.js"></script>', '<script type="module" src="/_astro/cite.js"></script>');
    differ('<link rel="stylesheet" href="/_astro/a.css">', '<link rel="stylesheet" href="/_astro/b.css">');
    same('<link rel="canonical" href="https://example.org/a/">', '<link rel="canonical" href="https://example.org/b/">');
  });

  it('sees an empty name, alt text or heading where another page has words', () => {
    differ('<h2>Measures</h2>', '<h2></h2>');
    differ('<img src="/a.png" alt="A chart">', '<img src="/a.png" alt="">');
    differ('<a href="/a/" aria-label="Next">›</a>', '<a href="/a/" aria-label="">›</a>');
  });

  it('sees the page’s language', () => {
    expect(pageSignature(page('<p>a</p>', 'en'))).not.toBe(pageSignature(page('<p>a</p>', 'zh-Hans')));
  });
});

describe('the pages the browser sweep axes', () => {
  const pages = builtPages();
  const groups = pagesBySignature(pages);
  const axed = axePages(groups);

  it('cover every built page: each shares its structural signature with an axed page', () => {
    const axedSignatures = new Set(axed.map((path) => pageSignature(readBuilt(path))));
    const uncovered = pages.filter((path) => !axedSignatures.has(pageSignature(readBuilt(path))));
    expect(uncovered).toEqual([]);
    expect(new Set(axed).size).toBe(groups.size);
  });

  it('are one per template variant, not one per page: the sweep stays fast as pages are added', () => {
    // Today 61 of 327. A template change that makes pages differ by more than their words shows here first.
    expect(axed.length, `${axed.length} of ${pages.length} pages axed`).toBeLessThanOrEqual(Math.ceil(pages.length / 3));
    const commitmentPages = pages.filter((path) => isCommitmentPage(path));
    const commitmentsAxed = axed.filter((path) => isCommitmentPage(path));
    expect(commitmentsAxed.length, `${commitmentsAxed.length} of ${commitmentPages.length} commitment pages axed`).toBeLessThan(commitmentPages.length / 5);
  });

  it('style nothing by the value of a data- attribute, the one part of an attribute the signature ignores', () => {
    const stylesheets = new Set(
      pages.flatMap((path) => [...readBuilt(path).matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gu)].map((match) => fileForPath(match[1]))),
    );
    expect(stylesheets.size).toBeGreaterThan(0);
    const selectors = [...stylesheets]
      .map((file) => file ?? 'a stylesheet that is not in dist/')
      .flatMap((file) => [...read(file).matchAll(/\[data-[\w-]+\s*[~|^$*]?=[^\]]*\]/gu)].map((match) => `${file}: ${match[0]}`));
    expect(selectors).toEqual([]);
  });
});
