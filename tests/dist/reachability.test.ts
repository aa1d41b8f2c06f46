/** Every page of a language is reachable from its home page in 3 clicks or fewer, following plain links. */
import { describe, expect, it } from 'vitest';
import { extractLinks } from '#tools/lib/html-links.ts';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';
import { BASE, SITE, fileForPath, htmlFiles, read } from './built-site.ts';

function clicksFromHome(locale: 'zh' | 'en'): Map<string, number> {
  const home = `${locale}/index.html`;
  const depth = new Map([[home, 0]]);
  const queue = [home];
  while (queue.length > 0) {
    const page = queue.shift()!;
    const pageUrl = new URL(`${BASE}${page.replace(/index\.html$/u, '')}`, SITE);
    for (const link of extractLinks(read(page))) {
      const url = new URL(link, pageUrl);
      const target = url.origin === SITE.origin ? fileForPath(url.pathname) : undefined;
      if (!target?.endsWith('.html') || depth.has(target)) continue;
      depth.set(target, depth.get(page)! + 1);
      queue.push(target);
    }
  }
  return depth;
}

describe.each(['zh', 'en'] as const)('/%s/', (locale) => {
  it('reaches every page of its language in 3 clicks or fewer', () => {
    const depth = clicksFromHome(locale);
    const pages = htmlFiles().filter((file) => file.startsWith(`${locale}/`));
    expect(pages.filter((page) => !depth.has(page) || depth.get(page)! > 3)).toEqual([]);
    // The reference plan's initiatives and commitments: another plan's are as deep, by the same templates.
    const planPages = pages.filter((page) => page.startsWith(`${locale}/${REFERENCE_PLAN}/`));
    const initiatives = planPages.filter((page) => page.split('/').length === 5 && !page.includes('/commitments/'));
    expect(initiatives).toHaveLength(26);
    expect(Math.max(...initiatives.map((page) => depth.get(page)!))).toBeLessThanOrEqual(2);
    const commitments = planPages.filter((page) => page.startsWith(`${locale}/${REFERENCE_PLAN}/commitments/`));
    expect(commitments.length).toBeGreaterThanOrEqual(100);
    expect(Math.max(...commitments.map((page) => depth.get(page)!))).toBeLessThanOrEqual(2);
  });
});
