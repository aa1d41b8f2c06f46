/**
 * How many fragment files Pagefind may write per language (its `maxFragments`), so that each file holds
 * about PAGES_PER_FRAGMENT_FILE pages. One file per page made a query that reads 20–40 pages fetch
 * 20–40 files; in groups it fetches a few, and the file count grows with the site, not the file size.
 */
export const PAGES_PER_FRAGMENT_FILE = 20;

export function fragmentFilesPerLanguage(pageCount: number, languageCount: number): number {
  return Math.max(1, Math.ceil(pageCount / languageCount / PAGES_PER_FRAGMENT_FILE));
}
