/**
 * Builds the search lexicon of one language from the site's data: the editable synonyms and
 * filler words (content/search/), the glossary's literal renderings, English forms, aliases and
 * pinyin, the figures, and the words of the pages. Pure; src/pages/search/[lang].json.ts serves it.
 */
import type { SearchLexicon } from './expand.ts';
import { siteFigures, type FigureAmount } from './figures.ts';
import { writeQuantity } from '#src/i18n/quantities.ts';

/** A synonym group of content/search/synonyms.yaml: readers' words for one of the site's words. */
export interface SynonymGroup {
  site: string;
  also: string[];
}

/** The parts of a glossary entry the search uses. */
export interface GlossaryForms {
  zh: string;
  aliases: string[];
  pinyin: string;
  literal: string;
  enForms: string[];
}

export interface LexiconSources {
  locale: 'zh' | 'en';
  synonyms: SynonymGroup[];
  filler: string[];
  glossary: GlossaryForms[];
  figures: FigureAmount[];
  /** The text of this language's pages, for the word list (English only). */
  texts: string[];
}

const lower = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim();
/** A key in capitals of up to three letters (IT) matches only when typed so: “it” is a pronoun. */
const key = (text: string) => (/^[A-Z]{2,3}$/u.test(text) ? text : lower(text));
/** “gāo xīn qū” → “gao xin qu”. */
export const plainPinyin = (pinyin: string) => lower(pinyin.normalize('NFD').replace(/\p{M}/gu, ''));

/** The words of English text, most frequent first. */
export function wordList(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? []) {
      for (const part of new Set([word, ...word.split(/[-'’]/u)])) if (part.length > 1) counts.set(part, (counts.get(part) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * A figure as the pages of a language write it: the Chinese amount as printed (“2万亩”), or the English quantity
 * without the hectares that follow mu (“20,000 mu”): a query matches the figure itself.
 */
export function figureAsWritten(locale: 'zh' | 'en', { amount, value, unit, unitStated }: FigureAmount): string {
  return locale === 'zh' ? amount : writeQuantity(locale, value, unit, unitStated).replace(/\s*\(.*\)$/u, '');
}

export function buildLexicon({ locale, synonyms, filler, glossary, figures, texts }: LexiconSources): SearchLexicon {
  // A Map: a reader's word such as “constructor” is a key like any other.
  const map = new Map<string, string>();
  const add = (from: string, to: string) => {
    const source = key(from);
    if (source && source !== lower(to) && !map.has(source)) map.set(source, to);
  };
  if (locale === 'en') {
    for (const group of synonyms) for (const word of group.also) add(word, lower(group.site));
    for (const entry of glossary) {
      const [form] = entry.enForms;
      if (!form) continue;
      add(entry.literal, lower(form));
      for (const zh of [entry.zh, ...entry.aliases]) add(zh, lower(form));
    }
  } else {
    // Readers of the Chinese pages type English names and pinyin: the glossary knows both.
    for (const entry of glossary) {
      for (const form of [...entry.enForms, entry.literal]) add(form, entry.zh);
      const pinyin = plainPinyin(entry.pinyin);
      add(pinyin, entry.zh);
      add(pinyin.replace(/ /gu, ''), entry.zh);
    }
  }
  return {
    synonyms: Object.fromEntries(map),
    filler,
    figures: siteFigures(figures, (figure) => figureAsWritten(locale, figure)),
    words: locale === 'en' ? wordList(texts) : [],
  };
}
