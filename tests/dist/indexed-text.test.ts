/**
 * The text Pagefind indexed keeps apart the words that the page keeps apart (src/integrations/pagefind/index-html.ts, and a space in
 * the templates where a label is a line of its own): a definition term and its description, neighbouring table
 * headers, the hidden filter tags, a block label and the link after it. Run together (“developmentCommitment”,
 * “PagesOpen up”, “4.1Build”), their words are found by no query and shown glued in excerpts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, fileForPath, read } from './built-site.ts';

/** Every indexed page's URL and text, from Pagefind's fragment files (gzip, then a 12-byte signature, then JSON). */
function indexedPages(): { url: string; content: string; html: string }[] {
  const folder = join(DIST, 'pagefind', 'fragment');
  return readdirSync(folder).flatMap((file) => {
    const group = JSON.parse(gunzipSync(readFileSync(join(folder, file))).subarray(12).toString('utf8')) as Record<
      string,
      { url: string; content: string }
    >;
    return Object.values(group).map(({ url, content }) => {
      const page = fileForPath(url);
      if (!page) throw new Error(`${url}: indexed, but no built page`);
      return { url, content: content.replaceAll('\u200B', ''), html: read(page) };
    });
  });
}

/** Elements whose text ends where the next element's starts, each kind with its pattern (the label in group 1). */
const NEIGHBOURS = {
  'definition term or description': /<(?:dt|dd)\b[^>]*>([^<]+)<\/(?:dt|dd)>/gu,
  'table header': /<th\b[^>]*>([^<]+)<\/th>/gu,
  'hidden filter tag': /<span hidden data-pagefind-filter="[^"]*">([^<]+)<\/span>/gu,
  'block label': /<span class="block[ "][^>]*>([^<]+)<\/span>/gu,
};

/** The text of an element of that kind and the first letter or digit after it, where no space comes between them. */
function joins(html: string, pattern: RegExp): string[] {
  const after = new RegExp(`${pattern.source}(?:<[^>]+>)*([\\p{L}\\p{N}])`, 'gu');
  return [...html.matchAll(after)].map(([, label, next]) => `${label.trim()}${next}`);
}

/** The page's text with every tag read as a space: a join found here is the page's own wording, not glue. */
const spacedText = (html: string) => html.replace(/<[^>]*>/gu, ' ');

describe('the indexed text', () => {
  const pages = indexedPages();

  it('is read from every indexed page', () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it.each(Object.entries(NEIGHBOURS))('never runs a %s into the word after it', (_, pattern) => {
    const glued = pages.flatMap(({ url, content, html }) => {
      const text = spacedText(html);
      return joins(html, pattern)
        .filter((join) => content.includes(join) && !text.includes(join))
        .map((join) => `${url}: “${join}”`);
    });
    expect(glued).toEqual([]);
  });

  // Where the markup runs an element into the next word and only the index build separates them.
  it.each([
    ['definition term or description', 2],
    ['table header', 90],
    ['hidden filter tag', 300],
  ] as const)('is checked where a %s meets a word in the markup, on at least %i pages', (kind, least) => {
    const checked = pages.filter(({ html }) => joins(html, NEIGHBOURS[kind]).length > 0);
    expect(checked.length).toBeGreaterThanOrEqual(least);
  });

  // Block labels carry their space in the markup, so the check above guards the templates from losing it.
  it('is checked on the pages with block labels (the roads’ lists of initiatives)', () => {
    const checked = pages.filter(({ html }) => [...html.matchAll(NEIGHBOURS['block label'])].length > 0);
    expect(checked.length).toBeGreaterThanOrEqual(14);
  });
});
