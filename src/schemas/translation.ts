/** Schema of an English page: an unofficial translation of one Chinese file. */
import { z } from 'astro/zod';

export const translationSchema = () =>
  z.object({
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
