/**
 * Schema of the published commitment records (/data/commitments.json and, flattened, commitments.csv), derived
 * from the content schema (./commitment.ts): each field the content file gives keeps its rule, with the description
 * the download publishes. The one description of that shape: the TypeScript type, the JSON Schema
 * (/data/commitments.schema.json), the CSV columns and the Data Package's Table Schema all derive from it.
 */
import { z } from 'astro/zod';
import { STATUSES } from './status.ts';
import { commitmentSchema, measureSchema } from './commitment.ts';
import { SLUG_PATTERN } from './fields.ts';

const content = commitmentSchema().shape;
const contentMeasure = measureSchema().shape;

const link = (description: string) => z.url().describe(description);

/** One quantity of a commitment, as published. */
export const measureRecordSchema = z
  .object({
    amount: contentMeasure.amount.describe('The part of zh that states the quantity, e.g. 2000万元.'),
    value: contentMeasure.value.describe('The quantity with 万 (×10⁴) and 亿 (×10⁸) applied.'),
    unit: contentMeasure.unit.describe('What value is measured in: yuan, mu (亩; 1 mu = 666.67 m²), m2, km, percent, count, year, years.'),
    counts: contentMeasure.counts.describe('What the measure counts, in English.'),
    unit_stated: z
      .boolean()
      .describe(
        'False where the Chinese amount names no unit (百亿 without 元): unit is then what the context implies, not what the text states.',
      ),
  })
  .strict();

/** One commitment, as published. Fields added after the first release come last and stay last. */
export const commitmentRecordSchema = z
  .object({
    id: content.id.describe('Stable id within its plan; never reused (removed ids: commitments-changelog.json).'),
    road: content.road.describe('Slug of the road.'),
    initiative: content.initiative
      .unwrap()
      .nullable()
      .describe('Slug of the initiative; null (empty in the CSV) for a road’s own paragraph.'),
    paragraph: content.paragraph.describe('1-based paragraph of that page that states the commitment.'),
    zh: content.zh.describe('The undertaking in the exact words of the article.'),
    en: content.en.describe('Unofficial English rendering.'),
    type: content.type.describe('Kind of commitment.'),
    status: z.enum(STATUSES).describe('“announced” unless a dated source says otherwise.'),
    measures: z.array(measureRecordSchema).describe('The quantities the undertaking states, in text order; empty for an unquantified one.'),
    page_zh: link('The commitment’s own page in Chinese.'),
    page_en: link('The commitment’s own page in English.'),
    source_zh: link('The paragraph that states it, on the Chinese page.'),
    source_en: link('The paragraph that states it, on the English page.'),
    plan: z.string().regex(SLUG_PATTERN).describe('Slug of the plan that states it; plan and id together are unique.'),
    reviewed: z.iso
      .date()
      .nullable()
      .describe(
        'The latest day (YYYY-MM-DD) an editor checked the status against sources; null (empty in the CSV) if not reviewed since the article.',
      ),
  })
  .strict();

/** The whole of commitments.json. */
export const commitmentsFileSchema = z
  .object({
    $schema: z.string().describe('This schema’s address.'),
    attribution: z.string().describe('Where the data comes from and which language prevails.'),
    commitments: z.array(commitmentRecordSchema),
  })
  .strict();

export type MeasureRecord = z.infer<typeof measureRecordSchema>;
export type CommitmentRecord = z.infer<typeof commitmentRecordSchema>;

/** Columns added after the first release: in the CSV they follow the measure columns, so earlier columns keep their positions. */
const ADDED_LATER = ['plan', 'unit_stated', 'reviewed'] as const;
type CommitmentColumn = Exclude<keyof CommitmentRecord, 'measures'>;

/** The CSV's columns: the commitment's, then the measure's (numbered), then those added later. */
export const CSV_COLUMNS = [
  ...(Object.keys(commitmentRecordSchema.shape) as (keyof CommitmentRecord)[]).filter(
    (key): key is CommitmentColumn => key !== 'measures' && !(ADDED_LATER as readonly string[]).includes(key),
  ),
  'measure',
  ...(Object.keys(measureRecordSchema.shape) as (keyof MeasureRecord)[]).filter(
    (key): key is Exclude<keyof MeasureRecord, 'unit_stated'> => !(ADDED_LATER as readonly string[]).includes(key),
  ),
  ...ADDED_LATER,
] as const;

/** One CSV row: a commitment's columns, then one of its measures (empty when it has none). */
export type CsvRow = Omit<CommitmentRecord, 'measures'> & { measure: number | null } & {
  [K in keyof MeasureRecord]: MeasureRecord[K] | null;
};
