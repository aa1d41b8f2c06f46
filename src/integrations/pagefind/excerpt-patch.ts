/**
 * A local speed fix to Pagefind 1.6's browser bundles (EXCERPT_BUNDLES), applied by the build after Pagefind writes them.
 *
 * Pagefind's `build_excerpt` splits a page's whole text into words on every call, and a result's `data()` calls it
 * once for the page and once more per matching section (`calculate_sub_results`). A page of many headed sections,
 * such as the glossary, is then split dozens of times for one query, a large share of the slowest queries' time.
 * The patch keeps each text's words once split (the last
 * EXCERPT_WORD_CACHE_SIZE texts) and hands `build_excerpt` a copy, which it marks up as before: its output is unchanged.
 *
 * The bundle comes out of Pagefind's binary, so there is no source file to patch in node_modules. Should a new version
 * change the code, the build stops (PagefindPatchError) rather than ship it unpatched without a word: check whether
 * the new `build_excerpt` still splits on every call, and update or remove this patch.
 */

/** Pagefind's browser bundles that build excerpts: the one the search page runs, and its web worker's copy. */
export const EXCERPT_BUNDLES = ['pagefind.js', 'pagefind-worker.js'] as const;

/** How many pages' split text the bundle keeps: more than a query reads (20–40 pages) and shows. */
export const EXCERPT_WORD_CACHE_SIZE = 100;

/** The split in Pagefind 1.6's `build_excerpt`, as its minified bundle spells it. */
export const SPLIT_ON_EVERY_CALL =
  'let fragment_words=[];if(is_zws_delimited){fragment_words=content.split("\\u200B");}else{fragment_words=content.split(word_separators);}';

const SPLIT_ONCE = 'let fragment_words=excerpt_words(content,is_zws_delimited);';

/** Where the cache is declared: just before `build_excerpt`, in the module's scope. */
const BUILD_EXCERPT = 'var build_excerpt=';

const EXCERPT_WORDS =
  'var excerpt_word_cache=new Map();' +
  'var excerpt_words=(content,is_zws_delimited)=>{' +
  'let words=excerpt_word_cache.get(content);' +
  'if(!words){words=is_zws_delimited?content.split("\\u200B"):content.split(word_separators);' +
  `if(excerpt_word_cache.size>=${EXCERPT_WORD_CACHE_SIZE})excerpt_word_cache.delete(excerpt_word_cache.keys().next().value);` +
  'excerpt_word_cache.set(content,words);}' +
  'return words.slice();};';

export class PagefindPatchError extends Error {}

const occurrences = (source: string, text: string) => source.split(text).length - 1;

/** A bundle (named `file` in errors) with `build_excerpt` splitting each text once; throws PagefindPatchError when the code is not as expected. */
export function patchExcerptSplit(source: string, file: string): string {
  for (const expected of [SPLIT_ON_EVERY_CALL, BUILD_EXCERPT]) {
    const found = occurrences(source, expected);
    if (found !== 1)
      throw new PagefindPatchError(
        `${file}: expected “${expected.slice(0, 60)}…” once, found it ${found} times. Pagefind's excerpt code has ` +
          'changed: update or remove the patch in src/integrations/pagefind/excerpt-patch.ts.',
      );
  }
  // Replaced by functions, so that a `$` in the code is not read as a replacement pattern.
  return source.replace(BUILD_EXCERPT, () => EXCERPT_WORDS + BUILD_EXCERPT).replace(SPLIT_ON_EVERY_CALL, () => SPLIT_ONCE);
}
