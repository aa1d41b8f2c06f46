/** What readers type, turned into what the site says: figures, near words, spellings, filler, typos. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  applySynonyms,
  editDistance,
  expandQuery,
  nearestWord,
  siteSpelling,
  suggestQuery,
  unknownWords,
  type SearchLexicon,
} from '#src/search/expand.ts';
import { findQueryFigures, rewriteFigures, siteFigures, type FigureAmount } from '#src/search/figures.ts';
import { buildLexicon, figureAsWritten, plainPinyin, wordList } from '#src/search/lexicon.ts';
import { holdsVerbatim, interleaveResults, refineResults, segmentChinese } from '#src/search/query.ts';
import { fillerSchema, synonymsSchema } from '#src/schemas/search-words.ts';

const AMOUNTS: FigureAmount[] = [
  { amount: '2万亩', value: 20000, unit: 'mu' },
  { amount: '1.2万亩', value: 12000, unit: 'mu' },
  { amount: '2000亿', value: 2e11, unit: 'yuan' },
  { amount: '百亿', value: 1e10, unit: 'yuan' },
  { amount: '2000万元', value: 2e7, unit: 'yuan' },
  { amount: '27公里', value: 27, unit: 'km' },
  { amount: '70万平方米', value: 700000, unit: 'm2' },
  { amount: '400个', value: 400, unit: 'count' },
];
const ZH = siteFigures(AMOUNTS, (figure) => figureAsWritten('zh', figure));
const EN = siteFigures(AMOUNTS, (figure) => figureAsWritten('en', figure));

describe('figures in any form', () => {
  it('writes the data’s figures as each language’s pages do', () => {
    expect(EN.map((figure) => figure.text)).toEqual([
      '20,000 mu',
      '12,000 mu',
      'RMB 200 billion',
      'RMB 10 billion',
      'RMB 20 million',
      '27 km',
      '700,000 m²',
      '400',
    ]);
    expect(ZH.map((figure) => figure.text)).toContain('2万亩');
  });
  it('reads Chinese and English figures with their units, with or without separators', () => {
    expect(findQueryFigures('2万亩')).toEqual([{ text: '2万亩', value: 20000, unit: 'mu' }]);
    expect(findQueryFigures('百亿')).toEqual([{ text: '百亿', value: 1e10, unit: undefined }]);
    expect(findQueryFigures('200 billion yuan')).toEqual([{ text: '200 billion yuan', value: 2e11, unit: 'yuan' }]);
    expect(findQueryFigures('RMB 10 billion')).toEqual([{ text: 'RMB 10 billion', value: 1e10, unit: 'yuan' }]);
    expect(findQueryFigures('27 kilometres')).toEqual([{ text: '27 kilometres', value: 27, unit: 'km' }]);
    expect(findQueryFigures('20,000 mu')[0]).toMatchObject({ value: 20000, unit: 'mu' });
    expect(findQueryFigures('20000亩')[0]).toMatchObject({ value: 20000, unit: 'mu' });
    expect(findQueryFigures('700000 square metres')[0]).toMatchObject({ value: 700000, unit: 'm2' });
  });
  it('does not take names and codes for figures', () => {
    expect(findQueryFigures('5G基站')).toEqual([]);
    expect(findQueryFigures('PM2.5')).toEqual([]);
    expect(findQueryFigures('一机场 四大产业')).toEqual([]);
    expect(findQueryFigures('2 lakes')).toEqual([]);
  });
  it('rewrites a figure as the reader’s language writes it, both ways', () => {
    expect(rewriteFigures('20000 mu', EN, 'en')).toEqual(['20,000 mu']);
    expect(rewriteFigures('2万亩', EN, 'en')).toEqual(['20,000 mu']);
    expect(rewriteFigures('2000亿', EN, 'en')).toEqual(['RMB 200 billion']);
    expect(rewriteFigures('27公里', EN, 'en')).toEqual(['27 km']);
    expect(rewriteFigures('RMB 200 billion', ZH, 'zh')).toEqual(['2000亿']);
    expect(rewriteFigures('RMB 10 billion', ZH, 'zh')).toEqual(['百亿']);
    expect(rewriteFigures('20,000 mu', ZH, 'zh')).toEqual(['2万亩']);
    expect(rewriteFigures('100亿产业基金', ZH, 'zh')).toEqual(['百亿 产业基金']);
  });
  it('leaves figures the plan does not state, and counts, as typed', () => {
    expect(rewriteFigures('3万亩', ZH, 'zh')).toEqual(['3万亩']);
    expect(rewriteFigures('400个', ZH, 'zh')).toEqual(['400个']);
    expect(rewriteFigures('400个基站', EN, 'en')).toEqual(['400 基站']);
  });
  it('does not count 2万亩 as found inside 1.2万亩', () => {
    expect(holdsVerbatim('提速1.2万亩的产业集聚区', '2万亩')).toBe(false);
    expect(holdsVerbatim('供水一体化、2万亩高标准农田', '2万亩')).toBe(true);
  });
});

const LEXICON: SearchLexicon = {
  synonyms: {
    nursery: 'kindergartens',
    clinic: 'health centres',
    'research and development': 'r&d',
    IT: 'information technology',
    幼儿园: 'kindergartens',
  },
  filler: ['how', 'many', 'what', 'is', 'the', 'for', 'target', 'will', 'be', '多少', '有', '哪些'],
  figures: EN,
  words: [
    'kindergartens',
    'new',
    'health',
    'centres',
    'hospitals',
    'hospital',
    'organised',
    'crime',
    'high-standard',
    'farmland',
    'information',
    'technology',
    'biomedicine',
    'civilised',
    'city',
    'it',
  ],
};

describe('near words, spellings and filler', () => {
  it('replaces readers’ words with the site’s, longest phrase first, singular or plural', () => {
    expect(applySynonyms(['new', 'nurseries'], LEXICON.synonyms)).toEqual(['new', 'kindergartens']);
    expect(applySynonyms(['research', 'and', 'development'], LEXICON.synonyms)).toEqual(['r&d']);
  });
  it('reads short capitals as abbreviations, the lowercase word as a word', () => {
    expect(expandQuery('IT', LEXICON, segmentChinese, 'en')).toContain('information technology');
    expect(expandQuery('it', LEXICON, segmentChinese, 'en')).toEqual(['it']);
  });
  it('finds the site’s UK spelling of a US one', () => {
    const known = new Set(LEXICON.words);
    expect(siteSpelling('organized', known)).toBe('organised');
    expect(siteSpelling('civilized', known)).toBe('civilised');
    expect(siteSpelling('centers', known)).toBe('centres');
    expect(siteSpelling('kindergartens', known)).toBe('kindergartens');
  });
  it('drops question words in English and Chinese, and puts the reading in the site’s words first', () => {
    expect(expandQuery('what is the target for high-standard farmland', LEXICON, segmentChinese, 'en')[0]).toBe('high-standard farmland');
    expect(expandQuery('how many nurseries', LEXICON, segmentChinese, 'en')[0]).toBe('kindergartens');
    expect(expandQuery('5G基站有多少', LEXICON, segmentChinese, 'zh')[0]).toBe('5G基站');
  });
  it('keeps a query made only of filler words', () => {
    expect(expandQuery('how many', LEXICON, segmentChinese, 'en')).toEqual(['how many']);
  });
  it('searches a Chinese term the glossary knows in English on the English site', () => {
    expect(expandQuery('幼儿园', LEXICON, segmentChinese, 'en')).toContain('kindergartens');
  });
});

describe('typos and “Did you mean …?”', () => {
  it('measures transpositions as one edit', () => {
    expect(editDistance('hosptial', 'hospital')).toBe(1);
    expect(editDistance('biomedecine', 'biomedicine')).toBe(1);
    expect(editDistance('kindergarden', 'kindergartens')).toBe(2);
    expect(editDistance('abc', 'xyzw')).toBeGreaterThan(2);
  });
  it('suggests the site’s nearest words, and nothing for known or short words', () => {
    expect(nearestWord('hosptial', LEXICON.words)).toBe('hospital');
    expect(suggestQuery('hosptial', LEXICON)).toBe('hospital');
    expect(suggestQuery('new hosptial', LEXICON)).toBe('new hospital');
    expect(suggestQuery('hospitals', LEXICON)).toBeUndefined();
    expect(suggestQuery('xq', LEXICON)).toBeUndefined();
    expect(unknownWords('new hosptial', LEXICON)).toEqual(['hosptial']);
  });
});

describe('pasted text', () => {
  it('ranks pages of a long Chinese query by how many of its words they hold', () => {
    const pages = [{ content: '导入2家国家级、8家省级创新平台' }, { content: '引进国家级省级创新平台人才' }, { content: '无关' }];
    const words = ['引进', '国家级', '省级', '创新', '平台', '人才大使'];
    expect(refineResults(pages, words.join(''), words)).toEqual([pages[1], pages[0]]);
  });
  it('interleaves result lists so each word’s best pages come early', () => {
    const a = [{ id: 'a1' }, { id: 'a2' }];
    const b = [{ id: 'b1' }, { id: 'a1' }];
    expect(interleaveResults([a, b]).map((r) => r.id)).toEqual(['a1', 'b1', 'a2']);
  });
});

describe('the lexicon', () => {
  it('lists words by frequency, with the parts of hyphenated words', () => {
    expect(wordList(['High-standard farmland; farmland.'])).toEqual(['farmland', 'high', 'high-standard', 'standard']);
  });
  it('maps the glossary’s English forms and pinyin to the Chinese term on the Chinese site', () => {
    const glossary = [
      { zh: '高新区', aliases: [], pinyin: 'gāo xīn qū', literal: 'high and new technology zone', enForms: ['High-tech Zone'] },
    ];
    const zh = buildLexicon({ locale: 'zh', synonyms: [], filler: [], glossary, figures: [], texts: [] });
    expect(zh.synonyms).toMatchObject({ 'high-tech zone': '高新区', gaoxinqu: '高新区', 'gao xin qu': '高新区' });
    const en = buildLexicon({
      locale: 'en',
      synonyms: [{ site: 'kindergartens', also: ['Nursery', 'IT'] }],
      filler: [],
      glossary,
      figures: [],
      texts: ['x'],
    });
    expect(en.synonyms).toMatchObject({
      nursery: 'kindergartens',
      IT: 'kindergartens',
      高新区: 'high-tech zone',
      'high and new technology zone': 'high-tech zone',
    });
    expect(plainPinyin('Shān Tuī')).toBe('shan tui');
  });
});

describe('the editable word lists', () => {
  const synonyms = synonymsSchema().parse(parse(readFileSync('content/search/synonyms.yaml', 'utf8')));
  const filler = fillerSchema().parse(parse(readFileSync('content/search/filler.yaml', 'utf8')));
  const englishFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? englishFiles(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const siteText = [...englishFiles('content/eight-roads/en'), 'content/glossary.yaml', 'content/eight-roads/commitments.yaml']
    .map((file) => readFileSync(file, 'utf8'))
    .join(' ')
    .toLowerCase()
    .replace(/\s+/gu, ' ');

  it('every synonym leads to words that are on the English pages', () => {
    const missing = synonyms.filter((group) => !siteText.includes(group.site.toLowerCase())).map((group) => group.site);
    expect(missing).toEqual([]);
  });
  it('covers the domain’s abbreviations', () => {
    const also = new Set(synonyms.flatMap((group) => group.also.map((word) => word.toLowerCase())));
    for (const abbreviation of ['research and development', 'sme', 'fdi', 'it', 'ev', 'pm 2.5']) expect(also).toContain(abbreviation);
  });
  it('holds the Chinese question words the issue names', () => {
    for (const word of ['多少', '哪些', '什么时候']) expect(filler.zh).toContain(word);
  });
});
