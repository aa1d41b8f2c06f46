/** Schemas of the Chinese originals, written by `npm run import` from seeds/. */
import { z } from 'astro/zod';
import { strictObject } from './fields.ts';
import { planFields } from './plan-fields.ts';

/** A paragraph of the original text: non-empty, kept exactly as in the seed after repairs. */
const paragraph = () => z.string().trim().min(1, 'a paragraph cannot be empty');

export const planOriginalSchema = () =>
  strictObject({
    /** The article's title as printed. */
    title: z.string().min(1),
    /** The byline as printed, e.g. 本报记者 张慧, or “not stated” when the text has none. */
    byline: z.string().min(1),
    /** The lede: the paragraphs between the byline and road (一). */
    lede: z.array(paragraph()).min(1),
    /** The plan's order, translation state and source, copied from structure.yaml. */
    ...planFields(),
  });

export const roadOriginalSchema = () =>
  strictObject({
    /** Position of the road in the article, 1 to 8. */
    number: z.number().int().positive(),
    /** The Chinese ordinal as printed, e.g. “(一)” or “一、”; empty when the text numbers none. */
    numeral: z.string(),
    /** The heading after the ordinal, e.g. “有效投资”之路,坚持稳中求进. */
    heading: z.string().min(1),
    /** The road's name: the words in the heading's first quotation marks, or the heading up to its first comma. */
    name: z.string().min(1),
    /** The road's own paragraphs before its first initiative; may be empty. */
    paragraphs: z.array(paragraph()),
  });

export const initiativeOriginalSchema = () =>
  strictObject({
    /** Slug of the road this initiative belongs to (a file name in zh/roads/). */
    road: z.string().min(1),
    /** 1-based position within its road. */
    order: z.number().int().positive(),
    /** The ordinal as printed, e.g. “（一）”; absent for ◎ headings. */
    numeral: z.string().min(1).optional(),
    /** The heading, without its ◎ marker or ordinal. */
    heading: z.string().min(1),
    /** The initiative's paragraphs. */
    paragraphs: z.array(paragraph()).min(1),
  });

export const repairLogSchema = () =>
  strictObject({
    /** Each place where the import joined two paragraphs that page layout had split. */
    repairs: z.array(
      strictObject({
        /** Content file, relative to the plan folder, that holds the repaired paragraph. */
        file: z.string(),
        /** The last characters before the cut. */
        before: z.string(),
        /** The first characters after the cut. */
        after: z.string(),
        /** True when the plan's overrides.yaml, not the rule, asked for this join. */
        override: z.literal(true).optional(),
      }),
    ),
  });
