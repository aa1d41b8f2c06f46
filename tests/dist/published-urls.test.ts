/**
 * Stable addresses: every address the site has published (tests/fixtures/published-urls.txt) still answers,
 * with its page or file, or with a redirect in _redirects to one that does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, fileForPath, read } from './built-site.ts';

const published = readFileSync('tests/fixtures/published-urls.txt', 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'));

/** The targets of _redirects, by source path. */
const redirects = new Map(
  read('_redirects')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line): [string, string] => {
      const [from, to] = line.trim().split(/\s+/u);
      return [from, to];
    }),
);

describe('published addresses', () => {
  it('lists the addresses of the first release', () => {
    expect(published.length).toBeGreaterThan(300);
    expect(published).toContain('/zh/eight-roads/shared-development/');
  });

  it('keeps every published address answering: the same page, or a redirect to a page that exists', () => {
    const broken = published.filter((path) => {
      const url = `${BASE}${path.slice(1)}`;
      if (fileForPath(url)) return false;
      const target = redirects.get(url);
      return target === undefined || fileForPath(target) === undefined;
    });
    expect(broken).toEqual([]);
  });
});
