/** The query set: at least 95% of realistic queries find their page in the top 3. */
import { expect, test } from '@playwright/test';
import { SEARCH_CASES } from '../search/queries.ts';
import { searchFor } from '../search/run-query.ts';

test('at least 95% of the query set finds the expected page in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(60);
  const misses: string[] = [];
  for (const { locale, query, expected } of SEARCH_CASES) {
    const top3 = (await searchFor(page, locale, query)).slice(0, 3);
    if (!top3.includes(`/${locale}/${expected}`))
      misses.push(`${locale} “${query}” → ${top3.join(', ') || 'nothing'} (expected /${locale}/${expected})`);
  }
  const rate = (SEARCH_CASES.length - misses.length) / SEARCH_CASES.length;
  console.log(`search query set: ${SEARCH_CASES.length - misses.length}/${SEARCH_CASES.length} in top 3 (${(rate * 100).toFixed(1)}%)`);
  if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});
