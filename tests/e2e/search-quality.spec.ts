/** The query sets: realistic queries find the expected page in the top 3. */
import { expect, test } from '@playwright/test';
import { SEARCH_CASES, type SearchCase } from '../search/queries.ts';
import { UNDERSTANDING_CASES, UNDERSTANDING_KINDS } from '../search/queries-understanding.ts';
import { searchFor } from '../search/run-query.ts';
import type { Page } from '@playwright/test';

/** Runs each case; returns the misses as readable lines, keyed by the case. */
async function misses<T extends SearchCase>(page: Page, cases: T[]): Promise<Map<T, string>> {
  const missed = new Map<T, string>();
  for (const entry of cases) {
    const { locale, query, expected } = entry;
    const top3 = (await searchFor(page, locale, query)).slice(0, 3);
    if (!top3.includes(`/${locale}/${expected}`))
      missed.set(entry, `${locale} “${query}” → ${top3.join(', ') || 'nothing'} (expected /${locale}/${expected})`);
  }
  return missed;
}

const percent = (hits: number, total: number) => `${hits}/${total} (${((hits / total) * 100).toFixed(1)}%)`;

test('at least 95% of the query set finds the expected page in the top 3', async ({ page }) => {
  // About 1–2 s a query on a busy 2-core machine; the set grows, so the limit grows with it.
  test.setTimeout(SEARCH_CASES.length * 3_000);
  expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(60);
  const missed = await misses(page, SEARCH_CASES);
  const rate = (SEARCH_CASES.length - missed.size) / SEARCH_CASES.length;
  console.log(`search query set: ${percent(SEARCH_CASES.length - missed.size, SEARCH_CASES.length)} in top 3`);
  if (missed.size > 0) console.log(`misses:\n  ${[...missed.values()].join('\n  ')}`);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});

test('what people type: at least 97% in the top 3 overall, and 90% of each kind', async ({ page }) => {
  test.setTimeout(480_000);
  expect(UNDERSTANDING_CASES.length).toBeGreaterThanOrEqual(80);
  const missed = await misses(page, UNDERSTANDING_CASES);
  const lines: string[] = [];
  for (const kind of UNDERSTANDING_KINDS) {
    const cases = UNDERSTANDING_CASES.filter((entry) => entry.kind === kind);
    expect(cases.length, kind).toBeGreaterThanOrEqual(10);
    const hits = cases.filter((entry) => !missed.has(entry)).length;
    lines.push(`${kind}: ${percent(hits, cases.length)}`);
    expect(hits / cases.length, kind).toBeGreaterThanOrEqual(0.9);
  }
  const hits = UNDERSTANDING_CASES.length - missed.size;
  console.log(`what people type: ${percent(hits, UNDERSTANDING_CASES.length)} in top 3; ${lines.join('; ')}`);
  const expectedMisses = [...missed].filter(([entry]) => entry.miss).map(([entry, line]) => `${line}: ${entry.miss}`);
  const unexpected = [...missed].filter(([entry]) => !entry.miss).map(([, line]) => line);
  if (expectedMisses.length > 0) console.log(`expected misses:\n  ${expectedMisses.join('\n  ')}`);
  if (unexpected.length > 0) console.log(`misses:\n  ${unexpected.join('\n  ')}`);
  expect(hits / UNDERSTANDING_CASES.length).toBeGreaterThanOrEqual(0.97);
});
