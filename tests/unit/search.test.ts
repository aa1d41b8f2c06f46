import { describe, expect, it } from 'vitest';
import { paragraphAnchorFor } from '#src/search/paragraph-anchor.ts';
import {
  chineseBigrams,
  topicPageFirst,
  mergeResults,
  refineResults,
  requiredWords,
  searchesFor,
  segmentChinese,
  simplify,
} from '#src/search/query.ts';
import { readSearchState, writeSearchState } from '#src/search/url.ts';
import { fillTemplate } from '#src/client/fill-template.ts';

describe('paragraphAnchorFor', () => {
  const anchors = [
    { id: 'key-figures', location: 20 },
    { id: 'p1', location: 63 },
    { id: 'p2', location: 120 },
  ];
  it('skips matches in the key figures and finds the paragraph of the first match in the text', () => {
    expect(paragraphAnchorFor(anchors, [28, 29, 130])).toBe('p2');
    expect(paragraphAnchorFor(anchors, [28, 86])).toBe('p1');
  });
  it('gives no anchor when no match lies in a paragraph', () => {
    expect(paragraphAnchorFor(anchors, [5])).toBeUndefined();
    expect(paragraphAnchorFor(anchors, [])).toBeUndefined();
  });
});

describe('Chinese query handling', () => {
  it('maps Traditional characters to Simplified with the site’s table', () => {
    expect(simplify('幼兒園 華為 kindergarten', '兒儿園园華华為为')).toBe('幼儿园 华为 kindergarten');
  });
  it('requires the words of two or more characters, not single characters', () => {
    const segmenter = (text: string) => (text === '新建的幼儿园' ? ['新建', '的', '幼儿园'] : [text]);
    expect(requiredWords('新建的幼儿园', segmenter)).toEqual(['新建', '幼儿园']);
    expect(requiredWords('划', segmenter)).toEqual([]);
    expect(requiredWords('5G base stations', segmenter)).toEqual([]);
  });
  it('segments with Intl.Segmenter into words that are parts of the query', () => {
    const words = requiredWords('新建幼儿园', segmentChinese);
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect('新建幼儿园').toContain(word);
  });
  it('drops pages that only share characters with a word, and puts verbatim matches first', () => {
    const pages = [{ content: '公办幼儿园和产业园区' }, { content: '建设城市公园' }, { content: '公园和幼儿园' }];
    expect(refineResults(pages, '公园', ['公园'])).toEqual([pages[1], pages[2]]);
    expect(refineResults(pages, '幼儿园', ['幼儿园'])).toEqual([pages[0], pages[2]]);
    expect(refineResults([pages[0]], '公园', ['公园'])).toEqual([]);
  });
  it('falls back to pages with any of the words when none has all of them', () => {
    const pages = [{ content: '新建9个公办幼儿园' }, { content: '医院' }];
    expect(refineResults(pages, '幼儿园 博物馆', ['幼儿园', '博物馆'])).toEqual([pages[0]]);
  });
});

describe('searches for one query', () => {
  it('searches the whole query and each Chinese word on its own', () => {
    expect(searchesFor('70万平方米', ['平方米'])).toEqual(['70万平方米', '平方米', '万平 平方 方米']);
    expect(searchesFor('幼儿园', ['幼儿园'])).toEqual(['幼儿园', '幼儿 儿园']);
    expect(searchesFor('华为', ['华为'])).toEqual(['华为']);
    expect(searchesFor('kindergarten', [])).toEqual(['kindergarten']);
  });
  it('splits Chinese runs into overlapping two-character pieces', () => {
    expect(chineseBigrams('新建5G基站400个')).toBe('新建 基站 个');
    expect(chineseBigrams('kindergarten')).toBe('');
  });
  it('merges result lists in order, each result once', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const c = { id: 'c' };
    expect(
      mergeResults([
        [b, a],
        [a, c],
      ]),
    ).toEqual([b, a, c]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters', () => {
    const state = { query: '5G基站', road: '产城融合', type: '', plan: 'eight-roads' };
    expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
  });
  it('trims the query and caps its length', () => {
    expect(readSearchState(new URLSearchParams(`q=${'a'.repeat(500)}`)).query).toHaveLength(200);
    expect(readSearchState(new URLSearchParams('q=%20%20')).query).toBe('');
  });
});

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fillTemplate('{count} results for “{query}”', { count: 3, query: '幼儿园' })).toBe('3 results for “幼儿园”');
    expect(fillTemplate('{shown} of {total}', { shown: 1 })).toBe('1 of {total}');
  });
  it('inserts values literally, even replacement patterns', () => {
    expect(fillTemplate('for “{query}”', { query: '$& $1 <b>' })).toBe('for “$& $1 <b>”');
  });
});

describe('topicPageFirst', () => {
  const isCommitment = (url: string) => url.includes('/commitments/');
  const results = ['/en/x/commitments/a/', '/en/x/commitments/b/', '/en/x/commitments/c/', '/en/x/road/initiative/', '/en/x/road/'];

  it('puts the two best pages that are not commitments first for a short query, the rest in order', () => {
    expect(topicPageFirst(results, 'hospital', isCommitment)).toEqual([
      '/en/x/road/initiative/',
      '/en/x/road/',
      '/en/x/commitments/a/',
      '/en/x/commitments/b/',
      '/en/x/commitments/c/',
    ]);
    expect(topicPageFirst(results, '山推', isCommitment)[0]).toBe('/en/x/road/initiative/');
  });

  it('keeps Pagefind’s order for a long query, such as a pasted statement', () => {
    expect(topicPageFirst(results, 'Build 400 new 5G base stations', isCommitment)).toEqual(results);
    expect(topicPageFirst(results, '新建5G基站400个', isCommitment)).toEqual(results);
  });

  it('changes nothing when the topic pages already lead or there is none', () => {
    const mixed = [results[3], results[0], results[1]];
    expect(topicPageFirst(mixed, 'hospital', isCommitment)).toEqual(mixed);
    expect(topicPageFirst(results.slice(0, 3), 'hospital', isCommitment)).toEqual(results.slice(0, 3));
  });
});
