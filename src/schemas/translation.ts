/** Schema of an English page: an unofficial translation of one Chinese file. */
import { z } from 'astro/zod';

/** A short hash of a Chinese text: 8 hex digits (src/lib/translation-version.ts). */
const textHash = () => z.string().regex(/^[0-9a-f]{8}$/u, 'a hash is 8 hex digits, written by npm run translations:stamp');

export const TRANSLATION_STATES = ['complete', 'in-progress'] as const;

export const translationSchema = () =>
  z.object({
    /** The version of the Chinese this file translates, one hash per part; written by `npm run translations:stamp -- <file>`. */
    translates: z.object({ heading: textHash(), paragraphs: z.array(textHash()) }).optional(),
    /**
     * Only in the plan's English file (en/plan.yaml): `complete` (the default) stops the build when a
     * translation is out of date; `in-progress` marks such pages as pending instead.
     */
    translation: z.enum(TRANSLATION_STATES).optional(),
    /** Short English name; required for roads (e.g. “Effective investment”), unused elsewhere. */
    name: z.string().min(1).optional(),
    /** English title: a faithful translation of the Chinese heading. */
    title: z.string().min(1),
    /** English byline; only the plan's translation has one. */
    byline: z.string().min(1).optional(),
    /** A plain-English summary of 2 to 4 sentences, stating only what the Chinese says. */
    summary: z
      .string()
      .min(1)
      .refine((text) => {
        const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/u).filter(Boolean).length;
        return sentences >= 2 && sentences <= 4;
      }, 'a summary has 2 to 4 sentences'),
    /** The translation, one paragraph per paragraph of the Chinese original, in the same order. */
    paragraphs: z.array(z.string().trim().min(1)),
  });
