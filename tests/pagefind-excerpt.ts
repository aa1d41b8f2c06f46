/**
 * Pagefind's `build_excerpt`, loaded from a bundle's source for the tests of the excerpt patch
 * (src/integrations/pagefind/excerpt-patch.ts): the unit test runs Pagefind 1.6.0's own code from tests/fixtures/pagefind/,
 * the dist test the code the site ships.
 */
import { runInNewContext } from 'node:vm';

export type BuildExcerpt = (
  content: string,
  start: number,
  length: number,
  locations: number[],
  notBefore?: number,
  notFrom?: number,
  ellipsis?: string,
) => { excerpt: string; plain_excerpt: string };

/** A Chinese text as Pagefind stores it: words joined by zero-width spaces. */
export const CHINESE_TEXT = ['新建', '5G', '基站', '400', '个', '，', '新建', '9', '个', '公办', '幼儿园', '。'].join('\u200B');

/**
 * The build_excerpt a source defines, run in a context of its own, which counts the texts split into words
 * (String.prototype.split, as Pagefind calls it) and exposes the source's top-level variables.
 */
export function loadBuildExcerpt(source: string) {
  const context: { splits: number; excerpt_word_cache?: Map<string, string[]> } = { splits: 0 };
  const countSplits = `const split = String.prototype.split;
    String.prototype.split = function (...args) { splits += 1; return split.apply(this, args); };`;
  const buildExcerpt = runInNewContext(`${countSplits}\n${source}; build_excerpt`, context) as BuildExcerpt;
  return { buildExcerpt, context };
}
