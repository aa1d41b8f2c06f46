/** An initiative page prints cleanly: the text and its URL, without navigation or buttons. */
import { expect, test } from './tab.ts';

test('an initiative page prints its text and URL, without navigation', async ({ page }) => {
  await page.goto('/en/eight-roads/shared-development/warm-home/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-url]')).toBeVisible();
  await expect(page.locator('[data-print-url]')).toContainText('/en/eight-roads/shared-development/warm-home/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(page.locator('[data-cite]')).toBeHidden();
  await expect(page.locator('#p1')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('the print URL is not shown on screen', async ({ page }) => {
  await page.goto('/zh/eight-roads/shared-development/warm-home/');
  await expect(page.locator('[data-print-url]')).toBeHidden();
});
