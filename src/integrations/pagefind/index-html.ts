/**
 * A built page's HTML as the search index reads it. Only the index reads this: the pages served are as built.
 *
 * - A space after the elements whose text Pagefind runs into the next element's. Pagefind keeps the words of block
 *   elements such as p, li and td apart, but not those of dt, dd, th or the hidden filter tags, so the index held
 *   “developmentCommitment”, “PagesOpen” and “As printedValue”: words no query finds.
 * - An id on every text block that has none (SEARCH_BLOCK_PREFIX and a number), except the page's labels and notes
 *   (`data-search-label`, the unofficial-translation notice), which are no passage to quote. Pagefind records an element with an
 *   id as an anchor holding the element's own text, with the page's punctuation: the search page quotes its results
 *   from those blocks (src/search/snippet.ts) instead of from the page's text run together. These ids exist only
 *   in the index, so no link is made to them.
 */
import { SEARCH_BLOCK_PREFIX } from '#src/search/snippet.ts';

const RUN_INTO_NEXT = /<\/(?:dt|dd|th)>|<span hidden data-pagefind-filter="[^"]*">[^<]*<\/span>/gu;

/** The opening tag of a text block: a paragraph, list item, table cell, definition or quotation. */
const BLOCK_OPENING = /<(p|li|td|th|dd|dt|blockquote|figcaption)(\s[^>]*)?>/gu;

export function separateIndexedWords(html: string): string {
  return html.replace(RUN_INTO_NEXT, (element) => `${element} `);
}

/** Gives each text block without an id one of its own, numbered in the page's order. */
export function identifyBlocks(html: string): string {
  let count = 0;
  return html.replace(BLOCK_OPENING, (tag, name: string, attributes: string | undefined = '') =>
    /\sid=|\sdata-search-label|\sdata-unofficial-notice/u.test(attributes)
      ? tag
      : `<${name} id="${SEARCH_BLOCK_PREFIX}${++count}"${attributes}>`,
  );
}

/** What Pagefind is given for a built page. */
export function indexedHtml(html: string): string {
  return identifyBlocks(separateIndexedWords(html));
}
