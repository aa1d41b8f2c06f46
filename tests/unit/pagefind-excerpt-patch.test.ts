/**
 * The speed fix to Pagefind's excerpts (src/integrations/pagefind/excerpt-patch.ts), run on Pagefind 1.6.0's own build_excerpt
 * (tests/fixtures/pagefind/, copied from its pagefind.js): the patched function must give the same excerpts, call after
 * call on the same text, without a match marked in one excerpt showing up marked in the next; and it must split each
 * text once, keeping at most EXCERPT_WORD_CACHE_SIZE of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCERPT_WORD_CACHE_SIZE, PagefindPatchError, patchExcerptSplit } from '#src/integrations/pagefind/excerpt-patch.ts';
import { CHINESE_TEXT, loadBuildExcerpt as load, type BuildExcerpt } from '#tests/pagefind-excerpt.ts';

const original = readFileSync(new URL('../fixtures/pagefind/build-excerpt-1.6.0.js.txt', import.meta.url), 'utf8');
const patched = patchExcerptSplit(original, 'pagefind.js');

// A Chinese text as Pagefind stores it and an English one.
const chinese = CHINESE_TEXT;
const english = 'Build 400 new 5G base stations and 9 new public kindergartens in the zone.';
const calls: Parameters<BuildExcerpt>[] = [
  [chinese, 0, 6, [1, 2]],
  [chinese, 4, 6, [10], undefined, undefined, '…'],
  [chinese, 0, 12, [2, 10], 2, 11, '…'],
  [english, 0, 6, [4, 5]],
  [english, 3, 5, [10], 1, 12, '…'],
  [chinese, 0, 6, [1, 2]],
];

describe('patchExcerptSplit', () => {
  it('gives the excerpts Pagefind gives, however often a text is excerpted', () => {
    const before = load(original).buildExcerpt;
    const after = load(patched).buildExcerpt;
    for (const call of [...calls, ...calls]) expect(after(...call)).toEqual(before(...call));
  });

  it('marks only the matches of the excerpt asked for, not those of an earlier one', () => {
    const after = load(patched).buildExcerpt;
    after(chinese, 0, 12, [1, 2, 10]);
    expect(after(chinese, 0, 12, [10]).excerpt).toBe('新建5G基站400个，新建9个公办<mark>幼儿园</mark>。');
  });

  it('splits each text into words once, where Pagefind splits it on every call', () => {
    const before = load(original);
    const after = load(patched);
    for (const call of [...calls, ...calls]) {
      before.buildExcerpt(...call);
      after.buildExcerpt(...call);
    }
    expect(before.context.splits).toBe(12);
    expect(after.context.splits).toBe(2); // the Chinese text and the English one
  });

  it('keeps the last EXCERPT_WORD_CACHE_SIZE texts, and still excerpts correctly past them', () => {
    const before = load(original).buildExcerpt;
    const after = load(patched);
    const texts = Array.from({ length: EXCERPT_WORD_CACHE_SIZE + 5 }, (_, index) => `${english} Page ${index}.`);
    for (const text of texts) expect(after.buildExcerpt(text, 0, 8, [2])).toEqual(before(text, 0, 8, [2]));
    expect(after.context.excerpt_word_cache?.size).toBe(EXCERPT_WORD_CACHE_SIZE);
    // The newest text is kept; the oldest was let go and is split again when asked for.
    const splits = after.context.splits;
    after.buildExcerpt(texts.at(-1)!, 0, 8, [2]);
    expect(after.context.splits).toBe(splits);
    expect(after.buildExcerpt(texts[0], 0, 8, [2])).toEqual(before(texts[0], 0, 8, [2]));
    expect(after.context.splits).toBe(splits + 1);
  });

  it('stops with a message naming the bundle and this patch when Pagefind’s code has changed', () => {
    const changed = original.replace('content.split("\\u200B")', 'splitWords(content)');
    expect(() => patchExcerptSplit(changed, 'pagefind-worker.js')).toThrow(PagefindPatchError);
    expect(() => patchExcerptSplit(changed, 'pagefind-worker.js')).toThrow(
      /^pagefind-worker\.js: .*src\/integrations\/pagefind\/excerpt-patch\.ts/u,
    );
  });
});
