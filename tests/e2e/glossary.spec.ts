/** Glossary links in the text: a plain link to the entry, with a tooltip of the short explanation as an enhancement. */
import { expect, freshTest, test } from './tab.ts';

const PAGE = '/en/eight-roads/industrial-upgrading/enterprise-tiers/';

test('a linked term leads to its glossary entry', async ({ page }) => {
  await page.goto('/zh/eight-roads/industrial-upgrading/enterprise-tiers/');
  await page.getByRole('link', { name: '专精特新\uff08术语解释\uff09' }).first().click();
  await expect(page).toHaveURL(/\/zh\/glossary\/#[a-z0-9-]+$/u);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"] h2`)).toContainText('专精特新');
});

test('hovering or focusing a term shows its explanation; Escape closes it', async ({ page }) => {
  await page.goto(PAGE);
  const term = page.locator('[data-translation] a.term-link').first();
  await term.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText((await term.getAttribute('data-term-note'))!);
  await expect(term).toHaveAttribute('aria-describedby', 'term-tooltip');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await term.focus();
  await expect(tooltip).toBeVisible();
});

test.describe('without JavaScript', () => {
  freshTest.use({ javaScriptEnabled: false });
  freshTest('terms are plain links to the glossary', async ({ page }) => {
    await page.goto(PAGE);
    const term = page.locator('[data-translation] a.term-link').first();
    await expect(term).toHaveAttribute('href', /\/en\/glossary\/#/u);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});
