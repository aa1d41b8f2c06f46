/** Schema of a commitment: one quantitative target or concrete undertaking in the plan. */
import { z } from 'astro/zod';
import { UNITS } from '../lib/quantities.ts';

export const COMMITMENT_TYPES = [
  'investment',
  'infrastructure',
  'industry',
  'innovation-talent',
  'urban',
  'reform',
  'opening-up',
  'governance',
  'social',
] as const;

export const commitmentSchema = () =>
  z
    .object({
      /** Stable id, used in URLs, anchors and downloads; never reuse one. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'an id is lowercase ASCII words joined by hyphens'),
      /** Slug of the road the commitment belongs to. */
      road: z.string().min(1),
      /** Slug of the initiative; absent when the text is the road's own paragraph. */
      initiative: z.string().min(1).optional(),
      /** 1-based paragraph on that page that states the commitment. */
      paragraph: z.number().int().positive(),
      /** The exact Chinese phrase, a substring of that paragraph. */
      zh: z.string().min(1),
      /** The substring of `zh` that states the quantity, e.g. 2000万元; absent for an unquantified commitment. */
      amount: z.string().min(1).optional(),
      /** The quantity with 万 and 亿 applied. */
      value: z.number().nonnegative().optional(),
      /** What `value` counts. */
      unit: z.enum(UNITS).optional(),
      /** The English rendering; it contains the formatted quantity. */
      en: z.string().min(1),
      /** The kind of commitment, for filtering. */
      type: z.enum(COMMITMENT_TYPES),
    })
    .refine(
      (entry) => [entry.amount, entry.value, entry.unit].every((field) => field === undefined) ||
        [entry.amount, entry.value, entry.unit].every((field) => field !== undefined),
      { message: 'amount, value and unit go together: give all three or none', path: ['amount'] },
    );

export const nonTargetSchema = () =>
  z.object({
    /** The exact Chinese text holding a numeral that is not a target (a name, a date). */
    zh: z.string().min(1),
    /** Slug of the page (road or initiative) where it occurs, or “plan” for the lede. */
    page: z.string().min(1),
    /** Why it is not a target. */
    reason: z.string().min(1),
  });
