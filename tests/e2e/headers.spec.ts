/** The site as a CDN serves it, with the generated dist/_headers: security and caching headers, and every feature still working under the CSP. */
import { expect, test } from './tab.ts';

test('pages carry the security headers and short caching', async ({ request }) => {
  const response = await request.get('/en/eight-roads/opening-up/foreign-trade/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('public, max-age=300, must-revalidate');
});

test('fingerprinted assets are cached for a year', async ({ page, request }) => {
  await page.goto('/zh/');
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const response = await request.get(css!);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('search, navigation and the language switch work under the Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.goto('/zh/search/?q=5G基站');
  await expect(page.locator('[data-search-result]').first()).toContainText('5G基站');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/search\//u);
  expect(violations).toEqual([]);
});
