/**
 * The site as sharing sites and search engines read it: a preview card on every page, the root's included; one
 * WebSite per language, with one description; and Articles that name the byline's author, and say “not stated” for
 * the publisher and date the article does not give.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from './site-pages.ts';

const pages = builtPages();
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'u').exec(html)?.[1];

interface Node {
  '@type': string;
  description?: string;
  url?: string;
  inLanguage?: string;
  isPartOf?: Node;
  author?: unknown;
  publisher?: unknown;
  datePublished?: unknown;
}
const jsonLd = (html: string): Node | null => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(html)?.[1] ?? 'null') as Node | null;

describe('the root address', () => {
  const root = readBuilt('/');

  it('has an Open Graph and Twitter card of its own', () => {
    expect(meta(root, 'og:type')).toBe('website');
    expect(meta(root, 'og:url')).toMatch(/^https?:\/\/[^/]+\/$/u);
    expect(meta(root, 'og:title')).toBe('济宁高新区“八条路” · Jining High-tech Zone: the Eight Roads');
    expect(meta(root, 'og:description')).toContain('Read the Jining High-tech Zone');
    expect(meta(root, 'og:image')).toMatch(/^https?:\/\/[^/]+\/og-image\.png$/u);
    expect(meta(root, 'og:locale')).toBe('zh_CN');
    expect(meta(root, 'twitter:card')).toBe('summary_large_image');
    expect(meta(root, 'twitter:image:alt')).toBe(meta(root, 'og:image:alt'));
  });
});

describe('every page', () => {
  it('gives the share image the same text alternative for Twitter as for Open Graph', () => {
    for (const path of pages) {
      const html = readBuilt(path);
      expect(meta(html, 'og:image:alt'), path).toBeTruthy();
      expect(meta(html, 'twitter:image:alt'), path).toBe(meta(html, 'og:image:alt'));
    }
  });

  it('declares one WebSite per language, with one description and the home page’s address', () => {
    for (const locale of ['zh', 'en']) {
      const sites = pages
        .filter((path) => path.startsWith(`/${locale}/`))
        .map((path) => {
          const node = jsonLd(readBuilt(path));
          return node?.['@type'] === 'WebSite' ? node : node?.isPartOf;
        });
      expect(sites.every((site) => site?.['@type'] === 'WebSite')).toBe(true);
      expect(new Set(sites.map((site) => site?.description)).size, `${locale} WebSite descriptions`).toBe(1);
      expect(new Set(sites.map((site) => site?.url)), locale).toEqual(new Set([expect.stringMatching(new RegExp(`/${locale}/$`, 'u'))]));
    }
  });
});

describe('the plan’s text pages', () => {
  it('name the byline’s author, and “not stated” for the publisher and date the article does not give', () => {
    const articles = pages.filter((path) => jsonLd(readBuilt(path))?.['@type'] === 'Article');
    expect(articles.length).toBeGreaterThanOrEqual(2 * (1 + 8 + 26));
    for (const path of articles) {
      const article = jsonLd(readBuilt(path))!;
      expect(article.author, path).toEqual({ '@type': 'Person', name: '张慧' });
      expect(article.publisher, path).toBe('not stated');
      expect(article.datePublished, path).toBe('not stated');
    }
  });
});
