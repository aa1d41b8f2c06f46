/** The glossary and the places as they meet the text: forms to link, links per page, and the short notes for popovers. */
import type { Locale } from '#src/i18n/locales.ts';
import { toFullWidthPunctuation } from './chinese-punctuation.ts';
import { linkTerms, type Segment, type TermForms } from './term-links.ts';
import { getPlan, type GlossaryEntry, type NameEntry } from './plan.ts';
import { isPlace } from './places.ts';
import { displayFor } from './display.ts';

/** Forms as they appear on the page: Chinese forms go through the same punctuation display as the text. */
export function termForms(glossary: GlossaryEntry[], textLanguage: 'zh' | 'en'): TermForms[] {
  return glossary.map((entry) => ({
    id: entry.id,
    forms: textLanguage === 'zh' ? [entry.zh, ...entry.aliases].map(toFullWidthPunctuation) : entry.enForms,
  }));
}

/** Place names as they appear on the page, as termForms gives glossary terms (src/model/places.ts). */
export function placeForms(names: NameEntry[], textLanguage: 'zh' | 'en'): TermForms[] {
  return names.filter(isPlace).map((place) => ({
    id: place.id,
    kind: 'place',
    forms: textLanguage === 'zh' ? [place.zh, ...place.aliases].map(toFullWidthPunctuation) : [place.en, ...place.enForms],
  }));
}

/** A text block's paragraphs, as shown, split into segments with the first use of each term and each place linked. */
export async function linkGlossaryTerms(shownParagraphs: string[], textLanguage: 'zh' | 'en', enabled = true): Promise<Segment[][]> {
  const plan = await getPlan();
  return linkTerms(shownParagraphs, enabled ? [...termForms(plan.glossary, textLanguage), ...placeForms(plan.names, textLanguage)] : []);
}

/** Whether any block links a glossary term, whose popover needs its script (place links need none). */
export const hasTermLinks = (...blocks: { term?: string }[][][]) => blocks.some((block) => block.flat().some((segment) => segment.term));

const notes = new Map<Locale, Promise<Map<string, string>>>();

/** Each term's short explanation in the reader's language, by id; built once per language. */
export function glossaryNotes(locale: Locale): Promise<Map<string, string>> {
  if (!notes.has(locale)) {
    notes.set(
      locale,
      getPlan().then((plan) => new Map(plan.glossary.map((entry) => [entry.id, displayFor(locale).text(entry.explanation).text]))),
    );
  }
  return notes.get(locale)!;
}
