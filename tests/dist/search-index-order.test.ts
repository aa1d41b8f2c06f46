/**
 * The build gives Pagefind the pages plan by plan, road by road (src/integrations/pagefind/index.ts), reading each
 * page's plan and road from its hidden search filters. Should their markup change, the order would fall back to the
 * disk's without a word: this holds that the built pages still give up their plan and road.
 */
import { describe, expect, it } from 'vitest';
import { searchTagsOf } from '#src/integrations/pagefind/fragment-files.ts';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';
import { htmlFiles, read } from './built-site.ts';

describe.each(['zh', 'en'] as const)('/%s/', (locale) => {
  it('gives every road, initiative and commitment page its plan and its road, for the index order', () => {
    const pages = htmlFiles().filter(
      (file) => file.startsWith(`${locale}/${REFERENCE_PLAN}/`) && file.split('/').length >= 4 && !file.includes('/glossary/'),
    );
    const tagged = pages.map((file) => ({ file, ...searchTagsOf(read(file)) })).filter(({ road }) => road !== '');
    expect(tagged.length).toBeGreaterThanOrEqual(8 + 26 + 100); // 8 roads, 26 initiatives, over 100 commitments
    expect(tagged.filter(({ plan }) => plan !== REFERENCE_PLAN)).toEqual([]);
    expect(new Set(tagged.map(({ road }) => road)).size).toBe(8);
  });
});
