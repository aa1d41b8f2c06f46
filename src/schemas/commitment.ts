/** Schema of a commitment: one undertaking in the plan, with the quantities it states. */
import { z } from 'astro/zod';
import { plainDate, slugId, strictObject, bilingualText } from './fields.ts';
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
    /** False where the Chinese amount names no unit (百亿 without 元): `unit` is then what the context implies, and every view says the unit is not stated. */
    unitStated: z.boolean().default(true),
  });

/** A commitment of some plan, as “<plan>/<id>”. */
const commitmentKey = () => z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/u, 'a commitment is named as <plan>/<id>');

/** How a later commitment relates to the earlier one(s) it continues. */
export const CHAIN_RELATIONS = ['same', 'revised', 'merged', 'split'] as const;
export type ChainRelation = (typeof CHAIN_RELATIONS)[number];

/**
 * How a commitment continues an earlier plan's: `<plan>/<id>` alone for the same undertaking, or
 * `{ from, relation, revised }`: revised (one earlier commitment, its target changed: both amounts named), merged (from
 * several) or split (one earlier commitment that several later ones each continue).
 */
export const continuesSchema = () =>
  z.union([
    commitmentKey().transform((from) => ({ from: [from], relation: 'same' as const })),
    strictObject({
      /** The earlier commitment(s), as <plan>/<id>: one, or several for merged. */
      from: z.union([commitmentKey().transform((key) => [key]), z.array(commitmentKey()).min(1)]),
      /** same, revised, merged or split. */
      relation: z.enum(CHAIN_RELATIONS),
      /** For revised only: the earlier measure's amount and this one's, each as its commitment's measures print it. */
      revised: strictObject({
        /** An `amount` of a measure of the earlier commitment, e.g. 400个. */
        from: z.string().min(1),
        /** An `amount` of a measure of this commitment, e.g. 350个. */
        to: z.string().min(1),
      }).optional(),
    }),
  ]);
export type Continues = z.output<ReturnType<typeof continuesSchema>>;

/**
 * A later plan's explicit record that an earlier commitment is not carried on (content/<plan>/dropped/<id>.yaml):
 * the commitment, why, and the passage of this plan that says so.
 */
export const droppedCommitmentSchema = () =>
  strictObject({
    /** The earlier plan's commitment, as <plan>/<id>. */
    commitment: commitmentKey(),
    /** Why it is not carried on, as this plan says: in Chinese, and in English. */
    reason: bilingualText(),
    /** Where this plan says so: a road, optionally an initiative, a 1-based paragraph and its exact words. */
    source: strictObject({
      /** Slug of the road. */
      road: z.string().min(1),
      /** Slug of the initiative; absent for the road's own paragraph. */
      initiative: z.string().min(1).optional(),
      /** 1-based paragraph on that page. */
      paragraph: z.number().int().positive(),
      /** The exact words of that paragraph that say the commitment is not carried on. */
      zh: z.string().min(1),
    }),
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
    /** The English rendering: the span of the English paragraph that renders `zh`; it contains every measure's formatted quantity. */
    en: z.string().min(1),
    /** The kind of commitment, for filtering. */
    type: z.enum(COMMITMENT_TYPES),
    /** The quantities the undertaking states, in text order; none for an unquantified one. */
    measures: z.array(measureSchema()).default([]),
    /** How this commitment continues one (or several) of an earlier plan; absent for a new undertaking. */
    continues: continuesSchema().optional(),
    /** Why `en` cannot be a span of the English paragraph (say, its subject comes from an earlier sentence); absent when it is one. */
    enNotSpan: z.string().min(1).optional(),
    /** Ids of other commitments of this plan that concern the same project, where the article names it twice. */
    seeAlso: z.array(slugId()).optional(),
  });

/** Why an id went away. */
export const REMOVAL_REASONS = ['merged', 'not-an-undertaking'] as const;
/** Why an id or a data field came into the data after its first release. */
export const ADDITION_REASONS = ['added', 'field-added'] as const;
export const CHANGE_REASONS = [...REMOVAL_REASONS, ...ADDITION_REASONS] as const;

/** A change to the published data: an id that no longer exists and the commitment that replaces it, a new id, or a new field. */
export const commitmentChangeSchema = () =>
  strictObject({
    /** The removed or added commitment id; for field-added, the new field's name in the CSV and JSON. */
    id: z.string().min(1),
    /** The id of the commitment that now holds the undertaking; only for a removed id. */
    replacedBy: z.string().min(1).optional(),
    /** When the change was made, as YYYY-MM-DD; kept as that text, without a time zone. */
    date: plainDate(),
    /**
     * merged: entries that shared one phrase became one; not-an-undertaking: the entry stated no commitment of its own;
     * added: an undertaking of the article that the data did not hold; field-added: a new field, added last.
     */
    reason: z.enum(CHANGE_REASONS),
    /** What the added field or commitment records, in English; absent for a removed id. */
    note: z.string().min(1).optional(),
  }).refine((change) => (REMOVAL_REASONS as readonly string[]).includes(change.reason) === (change.replacedBy !== undefined), {
    message: 'replacedBy is given for a removed id (merged, not-an-undertaking) and only then',
    path: ['replacedBy'],
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
