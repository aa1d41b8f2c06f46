import { describe, expect, it } from 'vitest';
import { linkTerms } from '#src/model/term-links.ts';

const terms = [
  { id: 'unicorn', forms: ['独角兽', 'unicorn'] },
  { id: 'quasi-unicorn', forms: ['准独角兽', 'quasi-unicorn'] },
  { id: 'river-chief', forms: ['河长制', '湖长制'] },
];
const text = (segments: { text: string }[][]) => segments.map((paragraph) => paragraph.map((s) => s.text).join(''));

describe('linkTerms', () => {
  it('links the first occurrence of each term on the page, across paragraphs', () => {
    const result = linkTerms(['“独角兽”企业、“准独角兽”企业', '独角兽'], terms);
    expect(result[0].filter((s) => s.term)).toEqual([
      { text: '独角兽', term: 'unicorn' },
      { text: '准独角兽', term: 'quasi-unicorn' },
    ]);
    expect(result[1]).toEqual([{ text: '独角兽' }]);
  });
  it('prefers the longer term and never links a term inside it', () => {
    const result = linkTerms(['准独角兽和独角兽'], terms);
    expect(result[0]).toEqual([{ text: '准独角兽', term: 'quasi-unicorn' }, { text: '和' }, { text: '独角兽', term: 'unicorn' }]);
  });
  it('links an alias as its entry, once', () => {
    const result = linkTerms(['落实“河长制”“湖长制”'], terms);
    expect(result[0].filter((s) => s.term)).toEqual([{ text: '河长制', term: 'river-chief' }]);
  });
  it('matches English forms case-insensitively and only as whole words', () => {
    const result = linkTerms(['Unicorns aside, a Unicorn and a quasi-unicorn.'], terms);
    expect(result[0].filter((s) => s.term)).toEqual([
      { text: 'Unicorn', term: 'unicorn' },
      { text: 'quasi-unicorn', term: 'quasi-unicorn' },
    ]);
  });
  it('never changes the text', () => {
    const paragraphs = ['构建“独角兽”企业、“准独角兽”企业群培育名录,严格落实“河长制”“湖长制”。', 'No terms here.'];
    expect(text(linkTerms(paragraphs, terms))).toEqual(paragraphs);
  });
  it('shares “first occurrence” between calls for the same page', () => {
    const linked = new Set<string>();
    linkTerms(['独角兽'], terms, linked);
    expect(linkTerms(['独角兽'], terms, linked)[0]).toEqual([{ text: '独角兽' }]);
  });
});
