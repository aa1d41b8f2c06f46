/** The glossary as term forms to link, per language of the text being linked. */
import { toFullWidthPunctuation } from '../lib/chinese-punctuation.ts';
import type { TermForms } from '../lib/term-links.ts';
import type { GlossaryEntry } from './plan.ts';

/** Forms as they appear on the page: Chinese forms go through the same punctuation display as the text. */
export function termForms(glossary: GlossaryEntry[], textLanguage: 'zh' | 'en'): TermForms[] {
  return glossary.map((entry) => ({
    id: entry.id,
    forms: textLanguage === 'zh' ? [entry.zh, ...entry.aliases].map(toFullWidthPunctuation) : entry.enForms,
  }));
}
