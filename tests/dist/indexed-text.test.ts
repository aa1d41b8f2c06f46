/**
 * The text Pagefind indexed keeps apart the words that the page's markup keeps apart (src/lib/index-html.ts): a
 * definition term and its description, neighbouring table headers, the hidden filter tags and what follows them.
 * Run together (“developmentCommitment”, “PagesOpen up”), their words were found by no query and shown glued in excerpts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, fileForPath, read } from './built-site.ts';

/** Every indexed page's URL and text, from Pagefind's fragment files (gzip, then a 12-byte signature, then JSON). */
function indexedPages(): { url: string; content: string }[] {
  const folder = join(DIST, 'pagefind', 'fragment');
  return readdirSync(folder).flatMap((file) => {
    const group = JSON.parse(gunzipSync(readFileSync(join(folder, file))).subarray(12).toString('utf8')) as Record<
      string,
      { url: string; content: string }
    >;
    return Object.values(group).map(({ url, content }) => ({ url, content: content.replaceAll('\u200B', '') }));
  });
}

/**
 * Each place in a page where an element's text ends and the next element's text starts with a letter, without a
 * space in the markup: the two run together in the index unless the index build separates them.
 */
function neighbours(html: string): string[] {
  const pairs = [
    ...html.matchAll(/<(dt|th)\b[^>]*>([^<]+)<\/\1>(?:<[^>]+>)*(\p{L})/gu),
    ...html.matchAll(/<span hidden data-pagefind-filter="[^"]*">()([^<]+)<\/span>(?:<[^>]+>)*(\p{L})/gu),
  ];
  return pairs.map(([, , text, next]) => `${text.trim()}${next}`);
}

describe('the indexed text', () => {
  const pages = indexedPages();

  it('is read from every indexed page', () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it('never runs a label into the word after it', () => {
    const glued = pages.flatMap(({ url, content }) => {
      const file = fileForPath(url);
      if (!file) throw new Error(`${url}: indexed, but no built page`);
      return neighbours(read(file))
        .filter((join) => content.includes(join))
        .map((join) => `${url}: “${join}”`);
    });
    expect(glued).toEqual([]);
  });

  it('is checked against pages that have such neighbours', () => {
    const withNeighbours = pages.filter(({ url }) => neighbours(read(fileForPath(url)!)).length > 0);
    expect(withNeighbours.length).toBeGreaterThan(200);
  });
});
