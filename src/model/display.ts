/**
 * The display model: how a page in one language shows the plan's text, built once per language from its entry in
 * src/i18n/locales.ts. Components ask it for finished text (display form, with the `lang` of each passage) and
 * never test which language they are in, so a new reading is added here and in src/i18n/, not in every component.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '#src/i18n/locales.ts';
import { toFullWidthPunctuation } from './chinese-punctuation.ts';
import { writeQuantity } from '#src/i18n/quantities.ts';
import type { Unit } from './quantities.ts';
import { startOfDayUtc, type PlainDate } from '#src/schemas/plain-date.ts';

/** A passage as a page shows it: its text in display form and, where it differs from the page's, its language. */
export interface Passage {
  text: string;
  lang?: string;
}

/** A value the plan states in the original, with its translation where one exists. */
export interface Bilingual {
  zh: string;
  en?: string;
}

export interface Display {
  locale: Locale;
  /** True on pages that read the plan's original; false on pages that read a translation beside it. */
  readsOriginal: boolean;
  /** The `lang` attribute of an original passage on this page: none where the page is in the original's language. */
  originalLang: string | undefined;
  /** An original passage in display form (full-width punctuation). */
  original: (text: string) => Passage;
  /** This page's reading of a value: the original, or its translation (the original, marked as such, while there is none). */
  text: (value: Bilingual) => Passage;
  /**
   * The same value in the other reading, to show beside this page's: the translation on pages that read the original
   * (a name's English form), the original on pages that read a translation.
   */
  alternate: (value: { zh: string; en: string }) => Passage;
  /** True where this page reads a translation that the page does not have yet: it shows the original instead. */
  pending: (page: { en?: unknown }) => boolean;
  /** The mark the original sets before an initiative's heading, its ordinal (（一）) or ◎, shown where the page reads the original. */
  initiativeMarker: (initiative: { numeral?: string }) => string | undefined;
  /** The Intl locale that writes dates as this page does: en-GB, zh-CN. */
  dateLocale: string;
  /** A date as a reader writes it: “28 November 2026”, “2026年11月28日”. */
  date: (date: PlainDate) => string;
  /** A figure as this page's text writes it: the amount as printed where it reads the original, else written out. */
  figure: (measure: { amount: string; value: number; unit: Unit; unitStated?: boolean }) => string;
  /** A quantity written out with its unit words: “RMB 20 million”, “20,000,000元”; “10 billion (currency not stated)” where the Chinese names none. */
  quantity: (value: number, unit: Unit, unitStated?: boolean) => string;
}

function createDisplay(locale: Locale): Display {
  const reading = LOCALES[locale];
  const readsOriginal = reading.reads === 'original';
  const originalLang = readsOriginal ? undefined : LOCALES[DEFAULT_LOCALE].lang;
  const original = (text: string): Passage => ({ text: toFullWidthPunctuation(text), lang: originalLang });
  const translationLang = Object.values(LOCALES).find((other) => other.reads === 'translation')!.lang;
  const dates = new Intl.DateTimeFormat(reading.dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    locale,
    readsOriginal,
    originalLang,
    original,
    text: (value) => (readsOriginal || value.en === undefined ? original(value.zh) : { text: value.en }),
    alternate: (value) => (readsOriginal ? { text: value.en, lang: translationLang } : original(value.zh)),
    pending: (page) => !readsOriginal && page.en === undefined,
    initiativeMarker: (initiative) => (readsOriginal ? (initiative.numeral ?? '◎') : undefined),
    dateLocale: reading.dateLocale,
    date: (date) => dates.format(startOfDayUtc(date)),
    quantity: (value, unit, unitStated) => writeQuantity(locale, value, unit, unitStated),
    figure: ({ amount, value, unit, unitStated }) => (readsOriginal ? amount : writeQuantity(locale, value, unit, unitStated)),
  };
}

const displays = new Map<Locale, Display>();

/** The display model of a language, built once. */
export function displayFor(locale: Locale): Display {
  let display = displays.get(locale);
  if (!display) {
    display = createDisplay(locale);
    displays.set(locale, display);
  }
  return display;
}
