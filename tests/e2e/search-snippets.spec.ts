/**
 * What a search result shows: for the query sets, the top-3 results' snippets are quoted from one block of their page
 * (a paragraph, list item, cell or heading, or for a commitment its statement, status and figure, each from one), with
 * the page's own punctuation and none of its labels. Commitments and glossary terms are results of their own kind.
 */
import { expect, test } from './tab.ts';
import { SEARCH_CASES } from '#tests/search/queries.ts';
import { UNDERSTANDING_CASES } from '#tests/search/queries-understanding.ts';
import { searchEachShown, type ShownResult } from '#tests/search/run-query.ts';
import en from '#src/i18n/ui/en.json' with { type: 'json' };
import zh from '#src/i18n/ui/zh.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { SUMMARY_SEPARATOR } from '#src/search/snippet.ts';

const UI = { en, zh };

/** The page labels a snippet must not hold: headings and labels of the page's frame, and its notes. */
const labelsOf = (locale: 'zh' | 'en') => {
  const ui = UI[locale];
  return [
    ui['commitment.label'],
    ui['commitment.measureAmount'],
    ui['commitment.measureCounts'],
    ui['commitment.noMeasures'],
    ui['page.keyFiguresHeading'],
    ui['page.noKeyFigures'],
    ui['page.summaryHeading'],
    ui['page.translationHeading'],
    ui['glossary.pinyin'],
    ui['glossary.literal'],
    ui['initiative.partOf'].replace('{{road}}', ''),
    ui['commitment.measuresHeading'],
    // Two-character Chinese labels (摘要, 承诺) are words of the plan's prose too.
  ].filter((label) => [...label.trim()].length >= 3);
};
/** “Road 8”, “Initiative 8.1”, “第8条路”, “重点举措 8.1”. */
const numberedLabels = (locale: 'zh' | 'en') =>
  [UI[locale]['road.label'], UI[locale]['initiative.label']].map(
    (label) => new RegExp(label.replace('{{number}}', '\\d+').replace('.{{order}}', '\\.\\d+'), 'u'),
  );

const compact = (text: string) => text.replace(/\s+/gu, '');

/** Each page's text blocks, whitespace removed, read from the built page as served. */
async function blocksOf(page: Page, paths: string[]): Promise<Map<string, string[]>> {
  const entries = await page.evaluate(async (list) => {
    const parser = new DOMParser();
    return Promise.all(
      list.map(async (path) => {
        const html = await (await fetch(path)).text();
        const main = parser.parseFromString(html, 'text/html').querySelector('main')!;
        const blocks = [...main.querySelectorAll('p, li, td, th, dd, dt, h1, h2, h3, h4, tr, blockquote, figcaption')].map((element) =>
          (element.textContent ?? '').replace(/\s+/gu, ''),
        );
        return [path, blocks] as const;
      }),
    );
  }, paths);
  return new Map(entries);
}

/** The parts a snippet is quoted from: cut at its ellipses, and a commitment's line at its “ · ” and list separators. */
const quotedParts = (result: ShownResult, locale: 'zh' | 'en') =>
  result.snippet
    .split('…')
    .flatMap((part) => part.split(SUMMARY_SEPARATOR))
    .flatMap((part) => part.split(UI[locale]['list.separator']))
    .map(compact)
    .filter(Boolean);

interface Checked {
  line: string;
  singleBlock: boolean;
  noLabels: boolean;
  punctuation: boolean;
}

function check(result: ShownResult, locale: 'zh' | 'en', blocks: string[]): Checked {
  const parts = quotedParts(result, locale);
  const singleBlock = parts.length > 0 && parts.every((part) => blocks.some((block) => block.includes(part)));
  const labels = labelsOf(locale);
  const noLabels =
    !labels.some((label) => result.snippet.includes(label)) && !numberedLabels(locale).some((label) => label.test(result.snippet));
  // Pagefind's joins: an ASCII full stop after Chinese, or a full stop run into the next word.
  const punctuation = locale === 'zh' ? !/\p{Script=Han}\. /u.test(result.snippet) : !/[a-z]\.[A-Z]/u.test(result.snippet);
  return { line: `${result.href}: ${result.snippet}`, singleBlock, noLabels, punctuation };
}

test('the top-3 snippets of the query sets quote one block of their page, with its punctuation and without labels', async ({ page }) => {
  test.setTimeout(240_000);
  const failures: string[] = [];
  let total = 0;
  let good = 0;
  let marked = 0;
  for (const locale of ['zh', 'en'] as const) {
    const queries = [...SEARCH_CASES, ...UNDERSTANDING_CASES].filter((entry) => entry.locale === locale).map((entry) => entry.query);
    const shown = await searchEachShown(page, locale, queries);
    const paths = [...new Set(shown.flat().map((result) => result.href.split('#')[0]))];
    const blocks = await blocksOf(page, paths);
    shown.forEach((results, index) => {
      for (const result of results) {
        // Results from the other language's index quote that language's page.
        const pageLocale = result.href.startsWith('/zh/') ? 'zh' : 'en';
        const checked = check(result, pageLocale, blocks.get(result.href.split('#')[0]) ?? []);
        total += 1;
        if (result.marked > 0) marked += 1;
        if (checked.singleBlock && checked.noLabels && checked.punctuation) good += 1;
        else
          failures.push(
            `${locale} “${queries[index]}” ${checked.line} (${[!checked.singleBlock && 'not one block', !checked.noLabels && 'a label', !checked.punctuation && 'punctuation'].filter(Boolean).join(', ')})`,
          );
      }
    });
  }
  console.log(`top-3 snippets: ${good}/${total} quote one block cleanly (${((good / total) * 100).toFixed(1)}%); ${marked} mark a match`);
  if (failures.length > 0) console.log(`not clean:\n  ${failures.join('\n  ')}`);
  expect(total).toBeGreaterThan(500);
  expect(good / total).toBeGreaterThanOrEqual(0.98);
});

test('a commitment’s own figure phrase leads with that commitment, shown as statement, status and figure', async ({ page }) => {
  const cases = [
    { locale: 'zh', query: '新建9个公办幼儿园', statement: '新建9个公办幼儿园', status: zh['status.announced'] },
    { locale: 'en', query: '9 new public kindergartens', statement: 'Build 9 new public kindergartens', status: en['status.announced'] },
  ] as const;
  for (const { locale, query, statement, status } of cases) {
    const [[first]] = await searchEachShown(page, locale, [query], 1);
    expect(first.href).toBe(`/${locale}/eight-roads/commitments/new-public-kindergartens/`);
    expect(first.type).toBe(UI[locale]['search.typeCommitment']);
    expect(first.snippet).toBe([statement, status, locale === 'zh' ? '9个' : '9 new public kindergartens'].join(SUMMARY_SEPARATOR));
    expect(first.marked).toBeGreaterThan(0);
  }
});

test('a glossary term is a result of its own: the term, its English and its explanation, linking to the term’s page', async ({ page }) => {
  const [results] = await searchEachShown(page, 'zh', ['独角兽'], 5);
  const term = results.find((result) => result.type === zh['search.typeGlossary']);
  expect(term?.href).toBe('/zh/glossary/unicorn-enterprise/');
  expect(term?.title).toBe('独角兽 unicorn');
  expect(term?.snippet).toMatch(/^估值达到10亿美元以上/u);
  const [english] = await searchEachShown(page, 'en', ['unicorn'], 5);
  expect(english.find((result) => result.type === en['search.typeGlossary'])?.snippet).toMatch(/^A privately owned start-up/u);
});

test('a single character of a longer query word brings up no page on its own', async ({ page }) => {
  // 园 split off 幼儿园 once brought up the glossary's 一区十园.
  const [results] = await searchEachShown(page, 'zh', ['幼儿园'], 20);
  expect(results.length).toBeGreaterThan(2);
  const blocks = await blocksOf(page, [...new Set(results.map((result) => result.href.split('#')[0]))]);
  for (const result of results) expect(blocks.get(result.href.split('#')[0])!.join(''), result.href).toContain('幼儿园');
});

test('a road page does not repeat its initiative’s passage in the top results', async ({ page }) => {
  for (const [locale, query] of [
    ['en', 'kindergarten'],
    ['en', 'fireworks'],
    ['zh', '5G基站'],
    ['en', 'PM2.5'],
  ] as const) {
    const [top] = await searchEachShown(page, locale, [query], 3);
    const snippets = top.map((result) => result.snippet);
    expect(new Set(snippets).size, `${locale} ${query}: ${snippets.join(' | ')}`).toBe(snippets.length);
  }
});
