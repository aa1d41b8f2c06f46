/** Runs queries through the real search page and returns the result links a reader sees, in order. */
import type { Page } from '@playwright/test';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';

/**
 * The search page's URL for a query within the reference plan, whose pages the tests expect. With several plans it is
 * the plan filter a reader would choose, so that the other plans' pages (copies of it, when the site is made three
 * times larger to time the tests) do not crowd it out. With one plan the page offers no plan filter and, as with any
 * filter value it does not offer, ignores the parameter: the search is the site's whole.
 */
export const searchUrl = (locale: 'zh' | 'en', query: string) => `/${locale}/search/?q=${encodeURIComponent(query)}&plan=${REFERENCE_PLAN}`;

/** Loads the search page with a query in its URL, as a link or a reader's bookmark would. */
export async function searchFor(page: Page, locale: 'zh' | 'en', query: string): Promise<string[]> {
  await page.goto(searchUrl(locale, query));
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /\d/u.test(status) || !document.querySelector<HTMLElement>('[data-search-none]')!.hidden;
  });
  return page.locator('[data-search-result] h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

/**
 * Types one query after another into the already loaded page's search form and submits it, as a reader
 * searching again would: one page load per language instead of one per query. Returns each query's
 * result links as rendered in the page's result lists.
 */
export async function searchEach(page: Page, locale: 'zh' | 'en', queries: string[]): Promise<string[][]> {
  await page.goto(searchUrl(locale, ''));
  const found: string[][] = [];
  for (const query of queries) {
    found.push(
      await page.evaluate(async (text) => {
        const status = document.querySelector('[data-search-status]')!;
        const none = document.querySelector<HTMLElement>('[data-search-none]')!;
        const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
        form.querySelector<HTMLInputElement>('input[name="q"]')!.value = text;
        const finished = () => /\d/u.test(status.textContent ?? '') || !none.hidden;
        const done = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!finished()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.querySelector('[data-search]')!, {
            childList: true,
            characterData: true,
            subtree: true,
            attributes: true,
          });
        });
        // The submit clears the status and the lists synchronously, so what is read after `done` is this query's.
        form.requestSubmit();
        await done;
        return [...document.querySelectorAll<HTMLAnchorElement>('[data-search-result] h2 a')].map((link) => link.pathname);
      }, query),
    );
  }
  return found;
}

/** A result as the reader sees it: its link, its type, its title and its snippet. */
export interface ShownResult {
  /** The link's path and fragment: /zh/eight-roads/…/#p1. */
  href: string;
  type: string;
  title: string;
  snippet: string;
  /** How many of the snippet's words are marked as matches. */
  marked: number;
}

/** As searchEach, the top `count` results of each query as shown. */
export async function searchEachShown(page: Page, locale: 'zh' | 'en', queries: string[], count = 3): Promise<ShownResult[][]> {
  await page.goto(searchUrl(locale, ''));
  const found: ShownResult[][] = [];
  for (const query of queries) {
    found.push(
      await page.evaluate(
        async ({ text, count }) => {
          const status = document.querySelector('[data-search-status]')!;
          const none = document.querySelector<HTMLElement>('[data-search-none]')!;
          const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
          form.querySelector<HTMLInputElement>('input[name="q"]')!.value = text;
          const finished = () => /\d/u.test(status.textContent ?? '') || !none.hidden;
          const done = new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              if (!finished()) return;
              observer.disconnect();
              resolve();
            });
            observer.observe(document.querySelector('[data-search]')!, {
              childList: true,
              characterData: true,
              subtree: true,
              attributes: true,
            });
          });
          form.requestSubmit();
          await done;
          return [...document.querySelectorAll<HTMLElement>('[data-search-results] [data-search-result]')].slice(0, count).map((item) => {
            const link = item.querySelector<HTMLAnchorElement>('h2 a')!;
            return {
              href: `${link.pathname}${link.hash}`,
              type: item.querySelector('[data-search-type]')?.textContent ?? '',
              title: item.querySelector('h2')!.textContent ?? '',
              snippet: item.querySelector('[data-search-snippet]')?.textContent ?? '',
              marked: item.querySelectorAll('[data-search-snippet] mark').length,
            };
          });
        },
        { text: query, count },
      ),
    );
  }
  return found;
}
