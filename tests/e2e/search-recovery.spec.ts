/**
 * Search that recovers and understands (issues 11 and 14): a hung or failed Pagefind, filter values
 * nobody offered, a query in the other language, a typo. Each test breaks something and checks what
 * the reader then sees.
 */
import { REFERENCE_PLAN, sitePlans } from '#tests/reference-plan.ts';
import { searchUrl } from '#tests/search/run-query.ts';
import { expect, freshTest, test } from './tab.ts';

const WARM_HOME = 'eight-roads/shared-development/warm-home/';

freshTest('when Pagefind hangs, the page says so and offers the browse link; the next search works', async ({ page }) => {
  const hang = () => undefined; // Never answered.
  await page.route('**/pagefind/**', hang);
  // The page's own clock, moved past the 15 s limit once the search has begun, rather than 15 s of waiting.
  await page.clock.install();
  await page.goto(searchUrl('en', 'kindergarten'));
  await expect(page.getByRole('status')).toHaveText(/Searching/u);
  await page.clock.fastForward(16_000);
  await expect(page.getByRole('status')).toHaveText(/taking too long/u);
  await expect(page.getByRole('link', { name: 'Browse all 8 roads and 26 initiatives' })).toBeVisible();

  await page.unroute('**/pagefind/**', hang);
  await page.getByRole('main').getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.locator('[data-search-result] h2 a').first()).toHaveAttribute('href', new RegExp(`/en/${WARM_HOME}`, 'u'));
});

freshTest('after a failed load, searching again loads Pagefind again instead of failing', async ({ page }) => {
  const abort = (route: { abort: () => Promise<void> }) => route.abort();
  await page.route('**/pagefind/pagefind.js*', abort);
  await page.goto(searchUrl('zh', '幼儿园'));
  await expect(page.getByRole('status')).toHaveText('搜索暂时无法使用。请改用下方链接浏览全部举措。');
  await expect(page.getByRole('link', { name: '浏览全部8条路和26项重点举措' })).toBeVisible();

  await page.unroute('**/pagefind/pagefind.js*', abort);
  await page.getByRole('main').getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page.locator('[data-search-result] h2 a').first()).toHaveAttribute('href', new RegExp(`/zh/${WARM_HOME}`, 'u'));
});

test('filter values that the page does not offer are ignored, not a hidden filter that matches nothing', async ({ page }) => {
  // A plan no one offers too: with one plan the page has no plan filter, with several it has not this one.
  await page.goto(`/en/search/?q=5G&road=${encodeURIComponent('<b>x</b>')}&type=nonsense&plan=nonsense`);
  await expect(page.locator('[data-search-result]').first()).toContainText('5G');
  await expect(page.getByLabel('Filter by road')).toHaveValue('');
  await expect(page.getByLabel('Filter by page type')).toHaveValue('');
  await expect(page.getByText('No results. Try another word, or remove a filter.')).toBeHidden();
  await expect(page.locator('[data-search] b')).toHaveCount(0);
  // Nor is any of them carried to the other language's search page.
  await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', /\/zh\/search\/\?q=5G$/u);
});

test('Chinese on the English search finds the page through the Chinese index, labelled, linking to the English page', async ({ page }) => {
  await page.goto(searchUrl('en', '幼儿园'));
  await expect(page.getByRole('heading', { name: 'Found in the Chinese original: these links open the English pages' })).toBeVisible();
  await expect(page.locator('[data-search-other-results] h2 a').first()).toHaveAttribute(
    'href',
    new RegExp(`^/en/${WARM_HOME}(#p\\d+)?$`, 'u'),
  );
  await expect(page.getByRole('status')).toContainText('幼儿园');
});

test('an English name on the Chinese search finds the Chinese page through the English index', async ({ page }) => {
  await page.goto(searchUrl('zh', 'Huawei'));
  await expect(page.getByRole('heading', { name: '在英文译文中找到：以下链接打开对应的中文页面' })).toBeVisible();
  await expect(page.locator('[data-search-other-results] h2 a').first()).toHaveAttribute(
    'href',
    /^\/zh\/eight-roads\/industrial-upgrading\/digital-empowerment\//u,
  );
});

test('a typo gets “Did you mean …?” with the site’s word, and its results', async ({ page }) => {
  await page.goto(searchUrl('en', 'hosptial'));
  await expect(page.getByText('Did you mean hospital?')).toBeVisible();
  // The suggestion keeps the plan filter when the site offers one; a site of one plan offers none, and ignores the parameter.
  const planFilter = sitePlans().length > 1 ? `&plan=${REFERENCE_PLAN}` : '';
  await expect(page.getByRole('link', { name: 'hospital', exact: true })).toHaveAttribute('href', `/en/search/?q=hospital${planFilter}`);
  await expect(page.locator('[data-search-result] h2 a').first()).toHaveAttribute('href', new RegExp(`/en/${WARM_HOME}`, 'u'));
});

test('figures reach the same page in either language’s form', async ({ page }) => {
  await page.goto(searchUrl('en', '2万亩'));
  await expect(page.locator('[data-search-result] h2 a').first()).toHaveAttribute(
    'href',
    /\/en\/eight-roads\/effective-investment\/rural-revitalization\//u,
  );
  await expect(page.locator('[data-search-result] mark').first()).toHaveText(/20,000|mu/u);
  await page.goto(searchUrl('zh', 'RMB 200 billion'));
  await expect(page.locator('[data-search-result] h2 a').first()).toHaveAttribute('href', /\/zh\/eight-roads\/industrial-upgrading\//u);
});

for (const failure of ['aborted', 'answered 500'] as const) {
  test(`when an index chunk fails to load (${failure}), the page says search is unavailable, not “no results”; the next search works`, async ({
    page,
  }) => {
    const fail = (route: { abort: () => Promise<void>; fulfill: (response: { status: number }) => Promise<void> }) =>
      failure === 'aborted' ? route.abort() : route.fulfill({ status: 500 });
    await page.route('**/pagefind/index/*.pf_index', fail);
    await page.goto(searchUrl('en', 'kindergarten'));
    await expect(page.getByRole('status')).toHaveText('Search is not available just now. Use the link below to browse all initiatives.');
    await expect(page.getByText('No results. Try another word, or remove a filter.')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Browse all 8 roads and 26 initiatives' })).toBeVisible();

    await page.unroute('**/pagefind/index/*.pf_index', fail);
    await page.getByRole('main').getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('[data-search-result] h2 a').first()).toHaveAttribute('href', new RegExp(`/en/${WARM_HOME}`, 'u'));
  });
}

for (const query of ['constructor', '__proto__', 'toString', 'road constructor projects']) {
  test(`the query “${query}” is searched like any other word`, async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${query}”$`, 'u'));
    if (query.includes(' ')) await expect(page.locator('[data-search-result]').first()).toBeVisible();
  });
}
