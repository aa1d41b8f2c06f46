import { describe, expect, it } from 'vitest';
import { buildSnippet, cutAround, presentResults, snippetTerms, SUMMARY_SEPARATOR } from '#src/search/snippet.ts';
import { figureCommitmentFirst, placeTerms, segmentChinese } from '#src/search/query.ts';
import { identifyBlocks } from '#src/integrations/pagefind/index-html.ts';

const block = (id: string, text: string, location: number, element = 'p') => ({ element, id, text, location });
const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((part) => part.marked).map((part) => part.text);

const WARM_HOME = {
  url: '/zh/eight-roads/shared-development/warm-home/',
  excerpt: '<mark>幼儿</mark><mark>园</mark>',
  meta: {},
  anchors: [
    block('key-figures', '主要指标', 20, 'h2'),
    block('figure-new-public-kindergartens', '新建9个公办幼儿园', 30, 'li'),
    block(
      'p1',
      '努力扩大就业。加大普惠性学校建设，改造提升5所中小学校，新建9个公办幼儿园，原则上公办幼儿园比例达到50%。聚焦解决看病难、看病贵等问题，5个街道卫生院全部升级为一级甲等医院。',
      63,
    ),
  ],
};

describe('buildSnippet', () => {
  it('quotes the best-matching sentence of one block, with its own punctuation, the query marked', () => {
    const snippet = buildSnippet(WARM_HOME, '幼儿园', 'zh', segmentChinese);
    expect(snippet.text).toBe('加大普惠性学校建设，改造提升5所中小学校，新建9个公办幼儿园，原则上公办幼儿园比例达到50%。');
    expect(snippet.block).toBe('p1');
    expect(marked(snippet.parts)).toEqual(['幼儿园', '幼儿园']);
  });

  it('never quotes a heading when the page has text, nor marks a single character split off the query', () => {
    const snippet = buildSnippet({ ...WARM_HOME, excerpt: '' }, '医院', 'zh', segmentChinese);
    expect(snippet.text).toBe('聚焦解决看病难、看病贵等问题，5个街道卫生院全部升级为一级甲等医院。');
    expect(snippetTerms('幼儿园', ['幼儿', '园'], segmentChinese)).not.toContain('园');
  });

  it('shows a commitment’s own line, cutting only its statement', () => {
    const summary = [
      'A'.repeat(10) + ', build 9 new public kindergartens, ' + 'and more words '.repeat(20),
      'Announced',
      '9 new public kindergartens',
    ].join(SUMMARY_SEPARATOR);
    const snippet = buildSnippet({ excerpt: '', anchors: [], meta: { summary } }, 'kindergartens', 'en', segmentChinese);
    expect(snippet.text.endsWith(`${SUMMARY_SEPARATOR}Announced${SUMMARY_SEPARATOR}9 new public kindergartens`)).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(210);
    expect(marked(snippet.parts)[0]).toBe('kindergartens');
  });

  it('marks the whole word of an English match', () => {
    const source = { url: '/en/x/', excerpt: '', meta: {}, anchors: [block('p1', 'It will build 9 new public kindergartens.', 1)] };
    expect(marked(buildSnippet(source, 'kindergarten', 'en', segmentChinese).parts)).toEqual(['kindergartens']);
  });
});

describe('cutAround', () => {
  it('keeps the clauses around the first match within the length, with an ellipsis where it cut', () => {
    const text = '第一句话很长很长，第二句提到幼儿园，第三句也很长很长很长，第四句还是很长很长很长。';
    const cut = cutAround(text, /幼儿园/gu, 20);
    expect(cut).toContain('第二句提到幼儿园');
    expect([...cut.replace(/…/gu, '')].length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('presentResults', () => {
  it('moves a road page that only repeats its initiative’s passage below the top results', () => {
    const initiative = { ...WARM_HOME, excerpt: '' };
    const road = {
      url: '/zh/eight-roads/shared-development/',
      excerpt: '',
      meta: {},
      anchors: [block('figure-new-public-kindergartens', '新建9个公办幼儿园', 30, 'li'), block('p1', '重点建设“四个家园”。', 60)],
    };
    const other = (n: number) => ({ url: `/zh/other-${n}/`, excerpt: '', meta: {}, anchors: [block('p1', `幼儿园第${n}句。`, 1)] });
    const shown = presentResults([road, initiative, other(1), other(2)], '幼儿园', 'zh', segmentChinese);
    expect(shown.map((result) => result.data.url)).toEqual([initiative.url, other(1).url, other(2).url, road.url]);
    expect(shown[3].snippet.text).toBe('重点建设“四个家园”。');
  });
});

describe('ranking by kind', () => {
  it('leads with the commitment whose statement quotes a figure query', () => {
    const results = [{ title: 'Build a warm home' }, { title: 'Build 9 new public kindergartens' }];
    expect(figureCommitmentFirst(results, '9 new public kindergartens', (result) => result.title)[0]).toBe(results[1]);
    expect(figureCommitmentFirst(results, 'kindergartens', (result) => result.title)).toEqual(results);
  });

  it('puts a term page second when the query names it, and after three other results when not', () => {
    const pages: { name: string; names?: string[] }[] = ['a', 'b', 'c', 'd'].map((name) => ({ name }));
    const exact = { name: 'term', names: ['独角兽', 'unicorn'] };
    const loose = { name: 'loose', names: ['准独角兽', 'quasi-unicorn'] };
    const order = placeTerms([loose, exact, ...pages], 'Unicorn', (result) => result.names);
    expect(order.map((result) => result.name)).toEqual(['a', 'term', 'b', 'c', 'loose', 'd']);
  });
});

describe('identifyBlocks', () => {
  it('gives text blocks without an id one, and leaves ids, labels and notes as they are', () => {
    const html = '<p>One</p><li id="figure-x">Two</li><p data-search-label>Road 8</p><td class="c">Three</td><span>inline</span>';
    expect(identifyBlocks(html)).toBe(
      '<p id="search-block-1">One</p><li id="figure-x">Two</li><p data-search-label>Road 8</p><td id="search-block-2" class="c">Three</td><span>inline</span>',
    );
  });
});
