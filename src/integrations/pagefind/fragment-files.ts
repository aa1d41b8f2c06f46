/**
 * How many fragment files Pagefind may write per language (its `maxFragments`), so that each file holds
 * about PAGES_PER_FRAGMENT_FILE pages. With one file per page, a query that reads 20–40 pages would fetch
 * 20–40 files; in groups it fetches a few, and the file count grows with the site, not the file size.
 * Larger files mean fewer queries that open a file first (the slowest ones), but a first search reads more bytes:
 * the size is a trade between p95 time and the first search's bytes, both printed by `npm run bench:search`
 * (docs/search.md).
 */
export const PAGES_PER_FRAGMENT_FILE = 80;

export function fragmentFilesPerLanguage(pageCount: number, languageCount: number): number {
  return Math.max(1, Math.ceil(pageCount / languageCount / PAGES_PER_FRAGMENT_FILE));
}

/** What orders a page in the index: the page's file in the build, and its plan and road as its search filters hold them. */
export interface IndexedPage {
  file: string;
  /** The plan's slug, or '' for a page of no plan (the glossary, the site's own pages). */
  plan: string;
  /** The road's name, or '' for a page of no road. */
  road: string;
}

/**
 * A built page's plan and road, read from its hidden search filters as src/components/PageSearchTags.astro writes them
 * (`<span hidden data-pagefind-filter="plan:eight-roads">`, `<span hidden data-pagefind-filter="road">共建共享</span>`);
 * '' for a page without them.
 */
export function searchTagsOf(html: string): Omit<IndexedPage, 'file'> {
  const plan = /data-pagefind-filter="plan:([^"]*)"/u.exec(html)?.[1] ?? '';
  const road = /data-pagefind-filter="road">([^<]*)</u.exec(html)?.[1].trim() ?? '';
  return { plan, road };
}

/**
 * The order pages are given to Pagefind, which fills the shared fragment files in the order it is given pages: plan
 * by plan, road by road, so that a query's pages, mostly of one road, lie in few files. Given in the order the disk
 * lists them, each file would hold pages of every road, and a first search would fetch more of them.
 */
export function fragmentOrder<T extends IndexedPage>(pages: T[]): T[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...pages].sort((a, b) => compare(a.plan, b.plan) || compare(a.road, b.road) || compare(a.file, b.file));
}
