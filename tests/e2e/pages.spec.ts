/** Every built page: its counterpart, its language markup; in the browser (a sample of the commitment pages), no console errors, nothing from another origin. */
import { expect, test } from '@playwright/test';
import { browserPages, builtPages, isCommitmentPage, pagesIn, readBuilt } from './site-pages.ts';

const pages = builtPages();

const textPages = (locale: 'zh' | 'en') => pagesIn(locale).filter((path) => !isCommitmentPage(path));

test('the site has a page per road, initiative and commitment in both languages', () => {
  for (const locale of ['zh', 'en'] as const) {
    expect(
      textPages(locale).filter((path) => path.split('/').length === 5),
      `${locale} road pages`,
    ).toHaveLength(8);
    expect(
      textPages(locale).filter((path) => path.split('/').length === 6),
      `${locale} initiative pages`,
    ).toHaveLength(26);
    expect(pagesIn(locale).filter(isCommitmentPage).length, `${locale} commitment pages`).toBeGreaterThanOrEqual(100);
  }
});

test('every page has its counterpart in the other language', () => {
  const missing = [...pagesIn('zh').map((p) => p.replace('/zh/', '/en/')), ...pagesIn('en').map((p) => p.replace('/en/', '/zh/'))].filter(
    (path) => !pages.includes(path),
  );
  expect(missing).toEqual([]);
});

test('every page declares its language, alternates, canonical URL, title and description', () => {
  for (const path of pages.filter((p) => p !== '/')) {
    const html = readBuilt(path);
    const lang = path.startsWith('/zh/') ? 'zh-Hans' : 'en';
    expect(html, path).toContain(`<html lang="${lang}"`);
    expect(html, path).toMatch(/<link rel="alternate" hreflang="zh-Hans" href="[^"]+\/zh\//u);
    expect(html, path).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/en\//u);
    expect(html, path).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]+\/zh\//u);
    expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${path}"`, 'u'));
    expect(html, path).toMatch(/<title>[^<]+<\/title>/u);
    expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/u);
  }
});

test('Chinese passages on English pages are marked zh-Hans and kept out of the English index', () => {
  for (const path of textPages('en').filter((p) => p.split('/').length === 6)) {
    const html = readBuilt(path);
    expect(html, path).toMatch(/<p lang="zh-Hans"[^>]*data-pagefind-ignore[^>]*data-original-text/u);
  }
});

for (const path of browserPages()) {
  test(`${path} loads without console errors or requests to another origin`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin && !request.url().startsWith('data:')) {
        problems.push(`request to ${request.url()}`);
      }
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}
