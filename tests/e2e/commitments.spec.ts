/** The commitments table: complete without JavaScript; filtered and sorted with it; rows link to the commitment's page, which links to its paragraph. */
import { expect, freshTest, test } from './tab.ts';

test.describe('without JavaScript', () => {
  freshTest.use({ javaScriptEnabled: false });
  freshTest(
    'the whole table is there, and a row leads to the commitment’s page and on to the paragraph that states it',
    async ({ page }) => {
      await page.goto('/zh/commitments/');
      const rows = page.locator('[data-commitments-table] tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(100);
      await expect(page.locator('[data-commitments-filters]')).toBeHidden();
      await page.locator('#commitment-new-public-kindergartens').getByRole('link').first().click();
      await expect(page).toHaveURL(/\/zh\/eight-roads\/commitments\/new-public-kindergartens\/$/u);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('新建9个公办幼儿园');
      await page.locator('[data-commitment-source] figcaption a').click();
      await expect(page).toHaveURL(/\/zh\/eight-roads\/shared-development\/warm-home\/#p1$/u);
      await expect(page.locator('#p1')).toContainText('新建9个公办幼儿园');
    },
  );
});

test('filters by road and type narrow the table, and the count is announced', async ({ page }) => {
  await page.goto('/en/commitments/');
  const visibleRows = page.locator('[data-commitments-table] tbody tr:visible');
  const total = await visibleRows.count();
  await page.getByLabel('Filter by road').selectOption({ label: 'Joint building and sharing' });
  const byRoad = await visibleRows.count();
  expect(byRoad).toBeGreaterThan(0);
  expect(byRoad).toBeLessThan(total);
  for (const road of await visibleRows.locator('td:nth-child(4)').allTextContents()) expect(road).toBe('Joint building and sharing');
  await page.getByLabel('Filter by type').selectOption({ label: 'Social' });
  const both = await visibleRows.count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThanOrEqual(byRoad);
  await expect(page.locator('[data-commitments-count]')).toHaveText(`Showing ${both} of ${total}`);
});

test('a column header sorts the table, both ways', async ({ page }) => {
  await page.goto('/en/commitments/');
  const header = page.getByRole('columnheader', { name: 'Figure' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const firstAscending = await page
    .locator('[data-commitments-table] tbody tr')
    .first()
    .locator('td:nth-child(3)')
    .getAttribute('data-sort');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const firstDescending = await page
    .locator('[data-commitments-table] tbody tr')
    .first()
    .locator('td:nth-child(3)')
    .getAttribute('data-sort');
  expect(Number(firstDescending)).toBeGreaterThan(Number(firstAscending));
  expect(Number(firstDescending)).toBe(200_000_000_000); // RMB 200 billion, the largest figure
});

test('downloads are linked and served', async ({ page, request }) => {
  await page.goto('/zh/commitments/');
  for (const file of ['commitments.csv', 'commitments.json', 'commitments.schema.json']) {
    const href = await page.locator(`a[href$="/data/${file}"]`).getAttribute('href');
    expect((await request.get(href!)).status()).toBe(200);
  }
});

test.describe('citing an initiative', () => {
  freshTest.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  freshTest('the citation names the report, the page and its URL, and copies with the date accessed', async ({ page }) => {
    await page.goto('/en/eight-roads/industry-city-integration/smart-city/');
    const cite = page.locator('[data-cite-text]');
    await expect(cite).toContainText('staff reporter');
    await expect(cite).toContainText('Build a new-type smart city');
    await expect(cite).toContainText('/en/eight-roads/industry-city-integration/smart-city/');
    await expect(cite).not.toContainText('[date]');
    // Today's date as the English pages write dates (“28 November 2026”), whatever the browser's own locale.
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    await expect(cite).toContainText(`accessed ${today}.`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.locator('[data-cite-status]')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('smart-city');
    await page.getByRole('button', { name: 'copy link ¶1' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/smart-city\/#p1$/u);
  });

  test.describe('without JavaScript', () => {
    freshTest.use({ javaScriptEnabled: false });
    freshTest('the citation is plain text with a blank for the date', async ({ page }) => {
      await page.goto('/zh/eight-roads/industry-city-integration/smart-city/');
      await expect(page.locator('[data-cite-text]')).toContainText('访问日期:____年__月__日'.replace(':', '\uff1a'));
      await expect(page.getByRole('button', { name: '复制引用' })).toHaveCount(0);
    });
  });
});
