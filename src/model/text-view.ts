/**
 * Which text a page shows, decided once for every page kind: the Chinese original alone (Chinese pages, and English
 * pages whose translation is still in preparation) or the English translation beside the original.
 * Pure; components render the result without deciding anything about language.
 */
import type { Locale } from '#src/i18n/locales.ts';
import { displayFor } from './display.ts';

export interface TranslatorNote {
  paragraph: number;
  text: string;
}

export type TextView =
  { kind: 'original'; chinese: string[] } | { kind: 'parallel'; chinese: string[]; english: string[]; notes: TranslatorNote[] };

/** The text view of a page with these Chinese paragraphs and, where it exists, this translation. */
export function textView(locale: Locale, chinese: string[], english?: { paragraphs: string[]; notes?: TranslatorNote[] }): TextView {
  return displayFor(locale).readsOriginal || !english
    ? { kind: 'original', chinese }
    : { kind: 'parallel', chinese, english: english.paragraphs, notes: english.notes ?? [] };
}
