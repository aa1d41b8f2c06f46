/** Schema of a commitment: one undertaking in the plan, with the quantities it states. */
import { z } from 'astro/zod';
import { plainDate, slugId, strictObject } from './fields.ts';
import { UNITS } from '#src/model/quantities.ts';

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

/** One quantity a commitment states: the amount as printed, its value, its unit and what it counts. */
export const measureSchema = () =>
  strictObject({
    /** The substring of the commitment's `zh` that states the quantity, e.g. 2000万元. */
    amount: z.string().min(1),
    /** The quantity with 万 and 亿 applied. */
    value: z.number().nonnegative(),
    /** What `value` is measured in. */
    unit: z.enum(UNITS),
    /** What the measure counts, in English, e.g. “new 5G base stations”. */
    counts: z.string().min(1),
  });

export const commitmentSchema = () =>
  strictObject({
    /** Stable id, used in URLs, anchors and downloads; never reuse one (removed ids: commitments-changelog.yaml). */
    id: slugId(),
    /** Slug of the road the commitment belongs to. */
    road: z.string().min(1),
    /** Slug of the initiative; absent when the text is the road's own paragraph. */
    initiative: z.string().min(1).optional(),
    /** 1-based paragraph on that page that states the commitment. */
    paragraph: z.int().min(1),
    /** The undertaking in the article's exact words, a substring of that paragraph. */
    zh: z.string().min(1),
    /** The English rendering; it contains every measure's formatted quantity. */
    en: z.string().min(1),
    /** The kind of commitment, for filtering. */
    type: z.enum(COMMITMENT_TYPES),
    /** The quantities the undertaking states, in text order; none for an unquantified one. */
    measures: z.array(measureSchema()).default([]),
    /** “<plan>/<id>” of the commitment in an earlier plan that this one continues; absent for a new undertaking. */
    continues: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/u, 'continues names a commitment as <plan>/<id>')
      .optional(),
  });

/** Why an id went away. */
export const CHANGE_REASONS = ['merged', 'not-an-undertaking'] as const;

/** An id that no longer exists, and the commitment that replaces it. */
export const commitmentChangeSchema = () =>
  strictObject({
    /** The removed id. */
    id: z.string().min(1),
    /** The id of the commitment that now holds the undertaking. */
    replacedBy: z.string().min(1),
    /** When the id was removed, as YYYY-MM-DD; kept as that text, without a time zone. */
    date: plainDate(),
    /** merged: entries that shared one phrase became one; not-an-undertaking: the entry stated no commitment of its own. */
    reason: z.enum(CHANGE_REASONS),
  });

export const nonTargetSchema = () =>
  strictObject({
    /** The exact Chinese text holding a numeral that is not a target (a name, a date). */
    zh: z.string().min(1),
    /** Slug of the page (road or initiative) where it occurs, or “plan” for the lede. */
    page: z.string().min(1),
    /** Why it is not a target. */
    reason: z.string().min(1),
  });
