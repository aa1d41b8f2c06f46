/** Search as readers use it: from the header, in both languages, with filters, history, and bad input. */
import { expect, test } from './tab.ts';
import { sitePlans } from '#tests/reference-plan.ts';
import { searchFor, searchUrl } from '#tests/search/run-query.ts';

const WARM_HOME = '/zh/eight-roads/shared-development/warm-home/';

test('the header search on a content page leads to results, loading no search code before that', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|\/search\/t2s\.json/u.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto('/zh/eight-roads/industry-city-integration/smart-city/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);

  await page.getByRole('searchbox', { name: '搜索本站' }).fill('幼儿园');
  await page.getByRole('searchbox', { name: '搜索本站' }).press('Enter');
  await expect(page).toHaveURL(/\/zh\/search\/\?q=%E5%B9%BC%E5%84%BF%E5%9B%AD$/u);
  const first = page.locator('[data-search-result]').first();
  // The header's search is the whole site's: with several plans, any plan's page on kindergartens may come first.
  await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute(
    'href',
    /^\/zh\/[a-z0-9-]+\/shared-development\/warm-home\/#p1$/u,
  );
  await expect(first.locator('mark').first()).toHaveText(/幼儿园|幼儿|儿园/u);
  await expect(first).toContainText('所属条目: 共建共享');
});

test('an English query is stemmed: “kindergarten” finds “kindergartens”', async ({ page }) => {
  // The commitment “Build 9 new public kindergartens” may come first; the initiative stays in the top 3.
  const links = await searchFor(page, 'en', 'kindergarten');
  expect(links.slice(0, 3)).toContain('/en/eight-roads/shared-development/warm-home/');
  await expect(page.locator('[data-search-result] mark').first()).toHaveText(/kindergartens/iu);
});

test('Traditional characters find the Simplified text', async ({ page }) => {
  expect((await searchFor(page, 'zh', '幼兒園'))[0]).toBe(WARM_HOME);
  expect((await searchFor(page, 'zh', '華為')).slice(0, 3)).toContain('/zh/eight-roads/industrial-upgrading/digital-empowerment/');
});

test('a Chinese word that is not on the site finds nothing, not pages that share its characters', async ({ page }) => {
  expect(await searchFor(page, 'zh', '公园')).toEqual([]);
  await expect(page.getByText('没有找到结果')).toBeVisible();
  await expect(page.getByRole('link', { name: '浏览全部8条路和26项重点举措' })).toBeVisible();
});

test('a longer Chinese phrase still finds the page that holds each of its words', async ({ page }) => {
  expect((await searchFor(page, 'zh', '新建幼儿园'))[0]).toBe(WARM_HOME);
});

test('filters narrow results by road and by page type', async ({ page }) => {
  await page.goto(searchUrl('en', 'build'));
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  const roadLines = page.locator('[data-search-result] p.text-sm', { hasText: /^Road: / });
  const unfiltered = await roadLines.allTextContents();
  expect(unfiltered.some((road) => road !== 'Road: Joint building and sharing')).toBe(true);
  await page.getByLabel('Filter by road').selectOption('Joint building and sharing');
  await expect(page).toHaveURL(/road=Joint\+building\+and\+sharing/u);
  await expect(async () => {
    const roads = await roadLines.allTextContents();
    expect(roads.length).toBeGreaterThan(0);
    for (const road of roads) expect(road).toBe('Road: Joint building and sharing');
  }).toPass();
  await page.getByLabel('Filter by page type').selectOption('Road');
  await expect(page.locator('[data-search-result] h2 a')).toHaveText([
    'The road of "joint building and sharing": improving people\'s well-being and happiness',
  ]);
});

test('the page-type filter shows commitment pages alone', async ({ page }) => {
  await page.goto(searchUrl('en', 'kindergartens'));
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await page.getByLabel('Filter by page type').selectOption('Commitment');
  await expect(page).toHaveURL(/type=Commitment/u);
  await expect(async () => {
    const links = await page.locator('[data-search-result] h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/en\/eight-roads\/commitments\/[a-z0-9-]+\/$/u);
    expect(links).toContain('/en/eight-roads/commitments/new-public-kindergartens/');
  }).toPass();
});

test('the query lives in the URL, and back and forward replay searches', async ({ page }) => {
  await page.goto('/zh/search/?q=华为');
  await expect(page.getByRole('searchbox', { name: '搜索本站' }).last()).toHaveValue('华为');
  await expect(page.locator('[data-search-result]').first()).toContainText('华为');
  const box = page.locator('#search-query');
  await box.fill('幼儿园');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=%E5%B9%BC/u);
  await expect(page.locator('[data-search-result]').first()).toContainText('幼儿园');
  await page.goBack();
  await expect(box).toHaveValue('华为');
  await expect(page.locator('[data-search-result]').first()).toContainText('华为');
  await page.goForward();
  await expect(box).toHaveValue('幼儿园');
});

test('markup in a query is shown as text and never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  await page.goto(`/en/search/?q=${encodeURIComponent(attack)}`);
  await expect(page.getByRole('status')).toContainText(attack);
  await expect(page.locator('[data-search] img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('an empty query gets a helpful message in the reader’s language', async ({ page }) => {
  await page.goto('/zh/search/?q=');
  await expect(page.getByText('请输入要搜索的词语')).toBeVisible();
  await page.goto('/en/search/?q=%20');
  await expect(page.getByText('Type a word to search for')).toBeVisible();
  await page.getByRole('link', { name: 'Browse all 8 roads and 26 initiatives' }).click();
  await expect(page.locator('#all-initiatives')).toBeVisible();
});

test('search works from the keyboard alone and announces results politely', async ({ page }) => {
  await page.goto(searchUrl('en', ''));
  await page.locator('#search-query').focus();
  await page.keyboard.type('Huawei');
  await page.keyboard.press('Enter');
  const status = page.locator('[role="status"]');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText(/\d+ results? for “Huawei”/u);
  // Tab order: the search button, the filters (road and type, and the plan when the site has several), then the first result.
  const filters = sitePlans().length > 1 ? 3 : 2;
  await expect(page.locator('[data-search-form] select')).toHaveCount(filters);
  for (let press = 0; press < filters + 2; press += 1) await page.keyboard.press('Tab');
  await expect(page.locator('[data-search-result] h2 a').first()).toBeFocused();
});

test('switching language on the search page keeps the query', async ({ page }) => {
  await page.goto('/zh/search/?q=5G');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=5G$/u);
  await expect(page.locator('[data-search-result]').first()).toContainText('5G');
});

test('ten results show at first; “More results” adds the next ones from the keyboard and moves focus to them', async ({ page }) => {
  await page.goto(searchUrl('en', 'industrial park'));
  const results = page.locator('[data-search-results] [data-search-result]');
  await expect(results).toHaveCount(10);
  const firstTen = await results.locator('h2 a').allTextContents();
  const more = page.getByRole('button', { name: 'More results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => results.count()).toBeGreaterThan(10);
  await expect(results.nth(10).locator('a').first()).toBeFocused();
  // The added results are new pages, not the first ten again.
  const added = await results.locator('h2 a').allTextContents();
  expect(added.slice(0, 10)).toEqual(firstTen);
  expect(added.slice(10).some((title) => firstTen.includes(title))).toBe(false);
});
