/** Schema of a glossary entry: a policy term of the plan, explained in both languages. */
import { z } from 'astro/zod';
import { bilingualText, slugId, strictObject } from './fields.ts';

export const glossaryEntrySchema = () =>
  strictObject({
    /** Stable id, the anchor of the entry on the glossary pages. */
    id: slugId(),
    /** The term exactly as the Chinese text writes it. */
    zh: z.coerce.string().min(1),
    /** Other exact forms in the Chinese text that this entry explains (e.g. 湖长制 for 河长制). */
    aliases: z.array(z.coerce.string().min(1)).default([]),
    /** Hanyu Pinyin with tone marks. */
    pinyin: z.string().min(1),
    /** A literal English rendering. */
    literal: z.string().min(1),
    /** The explanation: a short Chinese one for residents, and a plain-English one of 1 to 3 sentences. */
    explanation: bilingualText(),
    /** Exact phrases the English translation uses for the term; they are linked there. */
    enForms: z.array(z.coerce.string().min(1)).default([]),
    /** True when the term is local to Jining and the article does not define it. */
    local: z.boolean().default(false),
  });
