/** A keyboard-only walk: home → road → initiative → language switch → search, with visible focus. */
import type { Page } from '@playwright/test';
import { expect, test } from './tab.ts';

/** Presses Tab until the focused element matches; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: { text: string; href: string | null }) => boolean, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? null };
    });
    if (matches(focused)) return;
  }
  throw new Error('the element was not reached with Tab');
}

async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { outline: style.outlineStyle, background: style.backgroundColor, shadow: style.boxShadow };
  });
  expect(outline.outline !== 'none' || outline.shadow !== 'none' || outline.background !== 'rgba(0, 0, 0, 0)').toBe(true);
}

test('keyboard only: home → road → initiative → other language → search', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expectVisibleFocus(page);

  await tabTo(page, ({ text }) => text === 'Joint building and sharing');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/eight-roads\/shared-development\/$/u);

  await tabTo(page, ({ href }) => href?.endsWith('/shared-development/warm-home/') ?? false);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/warm-home\/$/u);

  await tabTo(page, ({ text }) => text === '中文');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/eight-roads\/shared-development\/warm-home\/$/u);

  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site title
  await page.keyboard.press('Tab'); // search box
  await expect(page.getByRole('searchbox', { name: '搜索本站' })).toBeFocused();
  await page.keyboard.type('幼儿园');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('幼儿园');
});
