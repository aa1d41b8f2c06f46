/** Schema of a public correction: a dated, explained change to the text of one or more pages. */
import { z } from 'astro/zod';
import { bilingualText, plainDate, slugId, strictObject } from './fields.ts';
import { LOCALE_KEYS, type Locale } from '#src/i18n/locales.ts';

export const correctionSchema = () =>
  strictObject({
    /** Stable id, the anchor of the entry on the corrections pages and in the feeds; never reuse one. */
    id: slugId(),
    /** The day the correction was published, as YYYY-MM-DD; kept as that text, without a time zone. */
    date: plainDate(),
    /** The corrected pages, as paths without language: “eight-roads/opening-up/foreign-trade/”, “glossary/”. */
    pages: z.array(z.string().regex(/^(?:[a-z0-9-]+\/)+$/u, 'a page is a path such as “eight-roads/opening-up/”')).min(1),
    /** The language versions whose text changed; they show the “Corrected on” notice. The English translation by default. */
    versions: z
      .array(z.enum(LOCALE_KEYS as [Locale, ...Locale[]]))
      .min(1)
      .default(['en']),
    /** What changed, in a sentence or two; the earlier wording may be quoted here. */
    what: bilingualText(),
    /** Why it changed. */
    why: bilingualText(),
  });
