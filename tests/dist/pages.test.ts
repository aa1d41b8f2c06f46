/** Every built page, read as HTML in Node: its counterpart, its language, its head markup; the sitemap's alternates. */
import { describe, expect, it } from 'vitest';
import { read } from './built-site.ts';
import { builtPages, pagesIn, readBuilt } from './site-pages.ts';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';

const pages = builtPages();

describe('pages', () => {
  it('has a page per road and initiative in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(pagesIn(locale).filter((path) => /^\/\w+\/eight-roads\/[^/]+\/$/u.test(path) && !path.includes('/commitments/') && !path.endsWith('/overview/') && !path.endsWith('/glossary/')), `${locale} road pages`).toHaveLength(8);
      expect(pagesIn(locale).filter((path) => /^\/\w+\/eight-roads\/[^/]+\/[^/]+\/$/u.test(path) && !path.includes('/commitments/')), `${locale} initiative pages`).toHaveLength(26);
    }
  });

  it('offers a citation of itself on every road and initiative page, in both languages', () => {
    const textPages = pages.filter((path) => /^\/\w+\/eight-roads\/(?!commitments\/|overview\/|glossary\/)[^/]+\/([^/]+\/)?$/u.test(path));
    expect(textPages).toHaveLength(2 * (8 + 26));
    for (const path of textPages) {
      const cite = /<p[^>]*data-cite-text[^>]*>([\s\S]*?)<\/p>/u.exec(readBuilt(path))?.[1] ?? '';
      expect(cite, path).toMatch(new RegExp(`<a href="https?://[^"]+${path}">`, 'u'));
      expect(cite, path).toContain(path.startsWith('/zh/') ? '本报记者 张慧' : 'Zhang Hui, staff reporter');
    }
  });

  it('has every page in the other language too', () => {
    const missing = [...pagesIn('zh').map((p) => p.replace('/zh/', '/en/')), ...pagesIn('en').map((p) => p.replace('/en/', '/zh/'))].filter(
      (path) => !pages.includes(path),
    );
    expect(missing).toEqual([]);
  });

  it.each(pages.filter((p) => p !== '/'))('%s declares its language, alternates, canonical URL, title and description', (path) => {
    const html = readBuilt(path);
    const lang = path.startsWith('/zh/') ? 'zh-Hans' : 'en';
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toMatch(/<link rel="alternate" hreflang="zh-Hans" href="[^"]+\/zh\//u);
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/en\//u);
    // The home pages' x-default is the root, the language choice; every other page's is its Chinese page.
    expect(html).toMatch(/^\/\w+\/$/u.test(path) ? /<link rel="alternate" hreflang="x-default" href="https?:\/\/[^/"]+\/"/u : /<link rel="alternate" hreflang="x-default" href="[^"]+\/zh\//u);
    // Each language's commitments page repeats the newest plan's own, which is its canonical (tests below).
    const canonical = /^\/\w+\/commitments\/$/u.test(path) ? path.replace('/commitments/', `/${REFERENCE_PLAN}/commitments/`) : path;
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${canonical.replace(/[?]/gu, '\\$&')}"`, 'u'));
    expect(html).toMatch(/<title>[^<]+<\/title>/u);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/u);
  });

  it('marks the Chinese passages on English pages zh-Hans and keeps them out of the English index', () => {
    for (const path of pagesIn('en').filter((p) => /^\/en\/eight-roads\/[^/]+\/[^/]+\/$/u.test(p) && !p.includes('/commitments/'))) {
      expect(readBuilt(path), path).toMatch(/<p lang="zh-Hans"[^>]*data-pagefind-ignore[^>]*data-original-text/u);
    }
  });

  it('gives every page in the sitemap its zh-Hans and en alternates, each under its own language folder', () => {
    const sitemap = read('sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/gu)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(60);
    for (const url of urls) {
      const loc = url.match(/<loc>([^<]+)<\/loc>/u)?.[1] ?? '';
      const alternate = (lang: string) => url.match(new RegExp(`hreflang="${lang}" href="([^"]+)"`, 'u'))?.[1];
      expect(alternate('zh-Hans'), loc).toMatch(/\/zh\//u);
      expect(alternate('en'), loc).toMatch(/\/en\//u);
      expect([alternate('zh-Hans'), alternate('en'), alternate('x-default')], loc).toContain(loc);
    }
  });

  it('lists the root with the same alternates as /, /zh/ and /en/ name in their heads: each home, and the root as x-default', () => {
    const sitemap = read('sitemap-0.xml');
    const entry = (path: string) => [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/gu)].map((match) => match[1]).find((url) => new URL(/<loc>([^<]+)<\/loc>/u.exec(url)![1]).pathname === path);
    const alternatesIn = (text: string) =>
      [...text.matchAll(/<(?:xhtml:)?link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/gu)].map((match) => `${match[1]} ${new URL(match[2]).pathname}`).sort();
    const expected = ['en /en/', 'x-default /', 'zh-Hans /zh/'];
    for (const path of ['/', '/zh/', '/en/']) {
      expect(entry(path), `${path} in the sitemap`).toBeDefined();
      expect(alternatesIn(entry(path)!.replace(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/gu, '<link rel="alternate" hreflang="$1" href="$2"')), path).toEqual(expected);
      expect(alternatesIn(readBuilt(path)), path).toEqual(expected);
    }
  });
});

describe('a plan’s own home', () => {
  it('states its source, and “not stated” in the reader’s language where the article names no newspaper or date', () => {
    expect(read('zh/eight-roads/overview/index.html')).toContain('来源：本报记者 张慧 · 发布单位：未注明；日期：未注明');
    expect(read('en/eight-roads/overview/index.html')).toMatch(/Source: Zhang Hui, staff reporter · publisher: not stated; date: not stated/u);
  });
  it('is summarised on the site’s home with the same source line, taken from the plan’s data, not from a fixed sentence', () => {
    expect(read('zh/index.html')).toMatch(/data-plan-source>来源：本报记者 张慧 · 发布单位：未注明；日期：未注明</u);
    expect(read('en/index.html')).toMatch(/data-plan-source>Source: Zhang Hui, staff reporter · publisher: not stated; date: not stated</u);
  });
});

describe('the commitments page and the plan’s own', () => {
  it.each(['zh', 'en'])('/%s/: one canonical for the two pages that show the one plan’s table, and only it in the sitemap', (locale) => {
    const own = `/${locale}/${REFERENCE_PLAN}/commitments/`;
    const canonicalOf = (path: string) => new URL(/<link rel="canonical" href="([^"]+)"/u.exec(readBuilt(path))?.[1] ?? 'about:blank').pathname;
    expect(canonicalOf(`/${locale}/commitments/`)).toBe(own);
    expect(canonicalOf(own)).toBe(own);
    const alternates = (path: string) => [...readBuilt(path).matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/gu)].map((match) => match[1]);
    expect(alternates(`/${locale}/commitments/`)).toEqual(alternates(own));
    const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]).pathname);
    expect(listed).toContain(own);
    expect(listed).not.toContain(`/${locale}/commitments/`);
  });
});
