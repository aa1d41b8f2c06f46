/**
 * A built page's HTML as the search index reads it: with a space after the elements whose text Pagefind runs into the
 * next element's. Pagefind keeps the words of block elements such as p, li and td apart, but not those of dt, dd, th or
 * the hidden filter tags, so the index held “developmentCommitment”, “PagesOpen” and “As printedValue”: words no query
 * finds, shown run together in excerpts. Only the index reads this: the pages served are as built.
 */
const RUN_INTO_NEXT = /<\/(?:dt|dd|th)>|<span hidden data-pagefind-filter="[^"]*">[^<]*<\/span>/gu;

export function separateIndexedWords(html: string): string {
  return html.replace(RUN_INTO_NEXT, (element) => `${element} `);
}
