import { describe, expect, it } from 'vitest';
import { fragmentFilesPerLanguage, PAGES_PER_FRAGMENT_FILE } from '../../src/lib/fragment-files.ts';

describe('fragmentFilesPerLanguage', () => {
  it('gives each language one file per PAGES_PER_FRAGMENT_FILE pages, rounded up', () => {
    expect(fragmentFilesPerLanguage(334, 2)).toBe(Math.ceil(167 / PAGES_PER_FRAGMENT_FILE));
    expect(fragmentFilesPerLanguage(2 * PAGES_PER_FRAGMENT_FILE + 2, 2)).toBe(2);
  });

  it('grows with the site, so that the size of each file stays the same', () => {
    expect(fragmentFilesPerLanguage(3 * 334, 2)).toBeGreaterThanOrEqual(3 * fragmentFilesPerLanguage(334, 2) - 2);
  });

  it('writes at least one file for a tiny site', () => {
    expect(fragmentFilesPerLanguage(1, 2)).toBe(1);
  });
});
