/** axe-core (WCAG 2.0/2.1/2.2 A and AA) on every built page (a sample of the commitment pages), in the light and the dark colour scheme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { browserPages } from './site-pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of [...browserPages(), '/404.html', '/zh/search/?q=幼儿园', '/en/search/?q=kindergarten']) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        if (path.includes('?q=')) await expect(page.locator('[data-search-result]').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
