/** Schemas of the search's editable word lists in content/search/. */
import { z } from 'astro/zod';
import { strictObject } from './fields.ts';

/** content/search/synonyms.yaml: readers' words for the words the English pages use. */
export const synonymsSchema = () =>
  z.array(
    strictObject({
      /** The word or phrase as the English pages write it; it must occur there. */
      site: z.string().trim().min(1),
      /** What readers type instead: near words, abbreviations, other spellings. */
      also: z.array(z.coerce.string().trim().min(1)).min(1),
    }),
  );

/** content/search/filler.yaml: words that carry no content in a query, per language. */
export const fillerSchema = () =>
  strictObject({
    /** English question and filler words, lowercase. */
    en: z.array(z.string().regex(/^[a-z']+$/u, 'a filler word is one lowercase English word')),
    /** Chinese question and filler words, as Intl.Segmenter splits them. */
    zh: z.array(z.string().regex(/^\p{Script=Han}+$/u, 'a filler word is Chinese characters only')),
  });
