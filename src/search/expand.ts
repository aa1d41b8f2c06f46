/**
 * From what a reader types to what the site says. Pagefind matches a page only when it holds every
 * word of the query, in the site's own spelling; readers type near words (nursery), the other
 * spelling (centre/center), question words (how many), figures in their own form, and typos.
 * Each query becomes a short list of queries to search, the first the closest to what was typed.
 * Pure functions; the lexicon they read is built per language by src/pages/search/[lang].json.ts.
 */
import { rewriteFigures, type SiteFigure } from './figures.ts';

/** What the search page knows about one language's pages, fetched with the first search. */
export interface SearchLexicon {
  /** A reader's word or phrase (lowercase) → the site's word or phrase. */
  synonyms: Record<string, string>;
  /** Words that carry no content in a query: how, many, 多少, 哪些. */
  filler: string[];
  /** The plan's figures as this language's pages write them. */
  figures: SiteFigure[];
  /** Every word of this language's pages (lowercase), most frequent first: for spelling and typos. */
  words: string[];
}

const HAN = /\p{Script=Han}/u;
/** A query word: letters and digits, with the inner joins of R&D, PM2.5, high-standard, 5G. */
const WORD = /[\p{L}\p{N}]+(?:[&.'’+-][\p{L}\p{N}]+|,\d{3})*/gu;

/** The words of a query, lowercase, except short capitals (IT, EV) that may be abbreviations. */
export const queryWords = (text: string): string[] =>
  (text.match(WORD) ?? []).filter((word) => !HAN.test(word)).map((word) => (/^[A-Z]{2,3}$/u.test(word) ? word : word.toLowerCase()));

/** Simple plural and possessive forms, so that a word counts as known when its other number is. */
function numberForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`);
  forms.push(`${word}s`, `${word}es`);
  return forms;
}

/** UK ↔ US spellings: -ise/-ize, -re/-er, -our/-or, -ll-/-l-, -ogue/-og. */
function spellingForms(word: string): string[] {
  const swaps: [RegExp, string][] = [
    [/iz(e|es|ed|ing|ation|ations)$/u, 'is$1'],
    [/is(e|es|ed|ing|ation|ations)$/u, 'iz$1'],
    [/yz(e|es|ed|ing)$/u, 'ys$1'],
    [/ys(e|es|ed|ing)$/u, 'yz$1'],
    [/([^aeiou])er(s?)$/u, '$1re$2'],
    [/([^aeiou])re(s?)$/u, '$1er$2'],
    [/our(s|ed|ing)?$/u, 'or$1'],
    [/or(s|ed|ing)?$/u, 'our$1'],
    [/([aeiou])l(ed|ing|er|ers)$/u, '$1ll$2'],
    [/([aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
    [/og$/u, 'ogue'],
    [/ogue$/u, 'og'],
  ];
  return swaps.filter(([pattern]) => pattern.test(word)).map(([pattern, replacement]) => word.replace(pattern, replacement));
}

/** The site's spelling of a word the site does not know as typed: organization → organisation. */
export function siteSpelling(word: string, known: Set<string>): string {
  if (known.has(word) || /\d/u.test(word)) return word;
  for (const form of spellingForms(word)) if (numberForms(form).some((f) => known.has(f))) return form;
  return word;
}

export const isKnown = (word: string, known: Set<string>): boolean => numberForms(word).some((form) => known.has(form));

/**
 * The synonyms as a Map, made once per lexicon: what a reader types is looked up here, and in a plain object
 * “constructor” or “__proto__” would find Object.prototype's members instead of nothing.
 */
const synonymTables = new WeakMap<Record<string, string>, Map<string, string>>();
function synonymTable(synonyms: Record<string, string>): Map<string, string> {
  let table = synonymTables.get(synonyms);
  if (!table) synonymTables.set(synonyms, (table = new Map(Object.entries(synonyms))));
  return table;
}

/** Replaces the longest phrases of up to four words that the synonyms know: nursery → kindergarten. */
export function applySynonyms(words: string[], synonymRecord: Record<string, string>): string[] {
  const synonyms = synonymTable(synonymRecord);
  const result: string[] = [];
  for (let index = 0; index < words.length;) {
    let replaced = false;
    for (let length = Math.min(4, words.length - index); length >= 1 && !replaced; length -= 1) {
      const phrase = words.slice(index, index + length).join(' ');
      const lowered = phrase.toLowerCase();
      const target =
        synonyms.get(phrase) ??
        synonyms.get(lowered) ??
        (length === 1
          ? numberForms(lowered)
              .map((form) => synonyms.get(form))
              .find(Boolean)
          : undefined);
      if (target) {
        result.push(...target.split(' '));
        index += length;
        replaced = true;
      }
    }
    if (!replaced) result.push(words[(index += 1) - 1].toLowerCase());
  }
  return result;
}

/** Drops words that carry no content, unless nothing would be left. */
export function dropFiller(words: string[], filler: Set<string>): string[] {
  const content = words.filter((word) => !filler.has(word.toLowerCase()));
  return content.length > 0 ? content : words;
}

/** Removes Chinese filler words (多少, 哪些, 什么时候) from the Han runs of a query, as segmented. */
export function dropChineseFiller(query: string, filler: Set<string>, segment: (text: string) => string[]): string {
  return query
    .replace(/\p{Script=Han}+/gu, (run) => {
      const words = segment(run);
      const kept = words.filter((word) => !filler.has(word));
      return kept.length > 0 && kept.length < words.length ? kept.join('') : run;
    })
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The queries to search for what the reader typed, best first (at most four):
 * figures in the site's form and filler removed; then near words, spellings and the other
 * language's names replaced by the site's own words.
 */
export function expandQuery(query: string, lexicon: SearchLexicon, segment: (text: string) => string[], locale: 'zh' | 'en'): string[] {
  const filler = new Set(lexicon.filler);
  const known = new Set(lexicon.words);
  const variants: string[] = [];
  for (const withFigures of rewriteFigures(query, lexicon.figures, locale)) {
    const hanPart = dropChineseFiller(withFigures, filler, segment);
    // Chinese stays whole with what is glued to it (5G基站, 2万亩); a piece the glossary knows is also
    // searched in this language's words. The words around it are cleaned and replaced.
    const chunks = hanPart.split(/\s+/u);
    const han = chunks.filter((chunk) => HAN.test(chunk));
    const latin = chunks.filter((chunk) => !HAN.test(chunk)).join(' ');
    const words = dropFiller(queryWords(latin), filler);
    const cleaned = [...han, ...words].join(' ');
    const replaced = applySynonyms(words, lexicon.synonyms).map((word) => siteSpelling(word, known));
    const rewritten = [...han.map((chunk) => synonymTable(lexicon.synonyms).get(chunk) ?? chunk), ...replaced].join(' ');
    variants.push(cleaned, rewritten);
  }
  // Pagefind drops a word it does not know and matches the rest: the reading in the site's own words goes first.
  const unknown = (variant: string) => queryWords(variant).filter((word) => !/\d/u.test(word) && !isKnown(word, known)).length;
  const distinct = [...new Set(variants.filter(Boolean))];
  return (known.size > 0 ? distinct.sort((a, b) => unknown(a) - unknown(b)) : distinct).slice(0, 4);
}

/** The words of a query that the site does not have, in any spelling or number. */
export function unknownWords(query: string, lexicon: SearchLexicon): string[] {
  const known = new Set(lexicon.words);
  if (known.size === 0) return [];
  return queryWords(query).filter((word) => !/\d/u.test(word) && !isKnown(word, known) && !isKnown(siteSpelling(word, known), known));
}

/** Damerau–Levenshtein distance (optimal string alignment): “hosptial” is 1 from “hospital”. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j += 1) rows[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/** The site's word nearest to a word it does not know: one letter off for short words, two for longer. */
export function nearestWord(word: string, words: string[]): string | undefined {
  const limit = word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of words) {
    const distance = editDistance(word, candidate, limit);
    // Words are ordered by frequency, so the first of equal distance is the commoner.
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** “Did you mean …?”: the query with each unknown word replaced by the site's nearest word. */
export function suggestQuery(query: string, lexicon: SearchLexicon): string | undefined {
  const known = new Set(lexicon.words);
  let changed = false;
  const words = queryWords(query).map((word) => {
    if (/\d/u.test(word) || isKnown(word, known) || isKnown(siteSpelling(word, known), known)) return word;
    const nearest = nearestWord(word, lexicon.words);
    if (nearest) changed = true;
    return nearest ?? word;
  });
  return changed ? words.join(' ') : undefined;
}
