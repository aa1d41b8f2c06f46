/** A reader finds their way: home → road → initiative, language switch, previous/next, with and without JavaScript. */
import { expect, freshTest, test } from './tab.ts';

test.describe('from home to an initiative', () => {
  test('in Chinese', async ({ page }) => {
    await page.goto('/zh/');
    await page.locator('[data-road-list]').getByRole('link', { name: '产城融合', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('\uff08四\uff09“产城融合”之路\uff0c建设生态科技新城');
    await page.getByRole('link', { name: '建设新型智慧城市' }).click();
    await expect(page).toHaveURL(/\/zh\/eight-roads\/industry-city-integration\/smart-city\/$/u);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('建设新型智慧城市');
    await expect(page.locator('main')).toContainText('新建5G基站400个');
  });

  test('in English', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('[data-road-list]').getByRole('link', { name: 'Opening up', exact: true }).click();
    await expect(page.getByText('Road 6', { exact: true })).toBeVisible();
    const initiative = page.locator('[data-initiative-list] a').first();
    const title = await initiative.textContent();
    await initiative.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!.trim());
    await expect(page.getByRole('note')).toContainText('unofficial translation');
    await expect(page.locator('[data-original-text][lang="zh-Hans"]').first()).toContainText('盯紧日韩、欧盟、港台');
  });
});

test('the language switch lands on the same page in the other language', async ({ page }) => {
  await page.goto('/zh/eight-roads/shared-development/warm-home/');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/eight-roads\/shared-development\/warm-home\/$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '阅读本页中文原文' }).click();
  await expect(page).toHaveURL(/\/zh\/eight-roads\/shared-development\/warm-home\/$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('previous and next links walk the initiatives across roads', async ({ page }) => {
  await page.goto('/en/eight-roads/effective-investment/livelihood-projects/');
  await page.getByRole('link', { name: /^Next/u }).click();
  await expect(page).toHaveURL(/\/industrial-upgrading\/industrial-clusters\/$/u);
  await page.getByRole('link', { name: /^Previous/u }).click();
  await expect(page).toHaveURL(/\/effective-investment\/livelihood-projects\/$/u);
});

test('breadcrumbs lead back up', async ({ page }) => {
  await page.goto('/zh/eight-roads/deepening-reform/company-plus-reform/');
  const breadcrumbs = page.getByRole('navigation', { name: '当前位置' });
  await breadcrumbs.getByRole('link', { name: '深化改革' }).click();
  await expect(page).toHaveURL(/\/zh\/eight-roads\/deepening-reform\/$/u);
});

test('the root page offers both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/u);
});

test.describe('with JavaScript off', () => {
  freshTest.use({ javaScriptEnabled: false });
  freshTest('a reader still gets from home to an initiative and switches language', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Party building', exact: false }).first().click();
    await expect(page.locator('main')).toContainText('党建大数据平台');
    await page.getByRole('link', { name: 'Home' }).first().click();
    await page.locator('[data-road-list]').getByRole('link', { name: 'Joint building and sharing' }).click();
    await page
      .getByRole('link', { name: /warm home/iu })
      .first()
      .click();
    await expect(page.locator('main')).toContainText('新建9个公办幼儿园');
    await page.getByRole('link', { name: '阅读本页中文原文' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('建设温暖家园');
  });
});
