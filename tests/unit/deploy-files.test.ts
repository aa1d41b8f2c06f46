/** dist/_headers and dist/_redirects are written with the base path applied. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFileForBase, normaliseBase, redirectsFile } from '#src/integrations/deploy-files/headers.ts';
import { headersFor, parseHeadersFile } from '#tools/lib/headers-file.ts';

const template = readFileSync('deploy/_headers', 'utf8');

describe('headersFileForBase', () => {
  it('keeps the patterns at the root of a root deployment', () => {
    expect(headersFileForBase(template, '/')).toBe(template);
  });

  it('puts the base path before every pattern, and nowhere else', () => {
    const rules = parseHeadersFile(headersFileForBase(template, '/plan/'));
    expect(rules.map((rule) => rule.pattern)).toEqual(parseHeadersFile(template).map((rule) => `/plan${rule.pattern}`));
    expect(headersFor(rules, '/plan/_astro/app.1a2b3c.css').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/plan/pagefind/fragment/zh_1.pf_fragment').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/plan/en/').get('Cache-Control')).toBe('public, max-age=300, must-revalidate');
    expect(headersFor(rules, '/plan/en/').get('Content-Security-Policy')).toMatch(/default-src 'self'/u);
    // A path outside the base path is not the site's.
    expect(headersFor(rules, '/_astro/app.1a2b3c.css').size).toBe(0);
  });

  it('refuses a pattern that is not a path', () => {
    expect(() => headersFileForBase('_astro/*\n  X: y\n', '/')).toThrow('deploy/_headers');
  });
});

describe('base paths and _redirects', () => {
  it.each([
    ['/', '/'],
    ['/plan/', '/plan/'],
    ['/plan', '/plan/'],
    ['plan/', '/plan/'],
  ])('%s → %s', (base, normalised) => expect(normaliseBase(base)).toBe(normalised));

  it('writes a _redirects file with no rules', () => {
    expect(
      redirectsFile('/plan/')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#')),
    ).toEqual([]);
  });
});
