/**
 * The Pagefind bundles the site ships carry the excerpt speed fix (src/integrations/pagefind/excerpt-patch.ts), and their
 * excerpts, taken from the shipped code itself, still mark the matches of each call and only those.
 */
import { describe, expect, it } from 'vitest';
import { EXCERPT_BUNDLES, SPLIT_ON_EVERY_CALL } from '#src/integrations/pagefind/excerpt-patch.ts';
import { CHINESE_TEXT, loadBuildExcerpt } from '#tests/pagefind-excerpt.ts';
import { read } from './built-site.ts';

describe.each(EXCERPT_BUNDLES)('pagefind/%s', (file) => {
  const bundle = read(`pagefind/${file}`);

  it('splits a page’s text into words once, not on every excerpt', () => {
    expect(bundle).not.toContain(SPLIT_ON_EVERY_CALL);
    expect(bundle).toContain('excerpt_words(content,is_zws_delimited)');
  });

  it('marks each excerpt’s own matches, excerpt after excerpt of one page', () => {
    // build_excerpt and what it uses lie between these two declarations in Pagefind's bundle.
    const code = bundle.slice(bundle.indexOf('var word_separators='), bundle.indexOf('var calculate_sub_results='));
    const { buildExcerpt } = loadBuildExcerpt(code);
    expect(buildExcerpt(CHINESE_TEXT, 0, 12, [1, 2]).excerpt).toBe('新建<mark>5G</mark><mark>基站</mark>400个，新建9个公办幼儿园。');
    expect(buildExcerpt(CHINESE_TEXT, 0, 12, [10]).excerpt).toBe('新建5G基站400个，新建9个公办<mark>幼儿园</mark>。');
  });
});
