/**
 * Words a reader types are looked up in tables: a word that names a property every plain object has (constructor,
 * __proto__, toString) must read as an unknown word, never as that property.
 */
import { describe, expect, it } from 'vitest';
import { applySynonyms, expandQuery, suggestQuery, unknownWords, type SearchLexicon } from '#src/search/expand.ts';
import { buildLexicon } from '#src/search/lexicon.ts';
import { segmentChinese } from '#src/search/query.ts';

/** Names every plain object answers to, and the query word each becomes (underscores are not word characters). */
const PROPERTY_NAMES = [
  ['constructor', 'constructor'],
  ['__proto__', 'proto'],
  ['toString', 'tostring'],
  ['hasOwnProperty', 'hasownproperty'],
  ['valueOf', 'valueof'],
];

// As the page receives it: parsed JSON, a plain object with Object.prototype behind it.
const lexicon = JSON.parse(
  JSON.stringify({
    synonyms: { nursery: 'kindergarten', 'road building': 'road construction' },
    filler: ['how', 'many'],
    figures: [],
    words: ['kindergarten', 'road', 'construction', 'projects', 'new'],
  }),
) as SearchLexicon;

describe('queries that name an object property', () => {
  it.each(PROPERTY_NAMES)('“%s” is searched as the word it is', (typed, word) => {
    expect(applySynonyms([typed], lexicon.synonyms)).toEqual([typed.toLowerCase()]);
    expect(expandQuery(typed, lexicon, segmentChinese, 'en')).toEqual([word]);
    expect(unknownWords(typed, lexicon)).toEqual([word]);
    expect(() => suggestQuery(typed, lexicon)).not.toThrow();
  });

  it('leave the rest of a query to its synonyms', () => {
    expect(expandQuery('road constructor projects nursery', lexicon, segmentChinese, 'en')).toContain(
      'road constructor projects kindergarten',
    );
    expect(expandQuery('constructor 幼儿园', lexicon, segmentChinese, 'en')[0]).toBe('幼儿园 constructor');
  });

  it('are kept as synonyms when the site’s word lists hold them', () => {
    const built = buildLexicon({
      locale: 'en',
      synonyms: [{ site: 'Builder', also: ['constructor', 'toString'] }],
      filler: [],
      glossary: [],
      figures: [],
      texts: ['the builder'],
    });
    expect(applySynonyms(['constructor'], built.synonyms)).toEqual(['builder']);
    expect(applySynonyms(['tostring'], built.synonyms)).toEqual(['builder']);
  });
});
