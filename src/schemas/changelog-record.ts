/**
 * Schema of the published changelog of the commitments data (/data/commitments-changelog.json and /data/<plan>/…): each
 * id that went away, with the id that replaces it, each id added later, and each field added later. Built from content/<plan>/commitments-changelog.yaml (./commitment.ts);
 * the field names are a promise, and fields added later come last.
 */
import { z } from 'astro/zod';
import { CHANGE_REASONS } from './commitment.ts';
import { SLUG_PATTERN } from './fields.ts';

/** One change, as published. */
export const changelogRecordSchema = z
  .object({
    id: z.string().describe('The removed or added id (never reused in its plan), or for field-added the new field.'),
    replaced_by: z.string().nullable().describe('The id of the commitment that now holds the undertaking; null unless an id was removed.'),
    date: z.iso.date().describe('When the change was made, as YYYY-MM-DD.'),
    reason: z
      .enum(CHANGE_REASONS)
      .describe(
        'merged: entries that shared one phrase became one; not-an-undertaking: it stated no commitment; added: an undertaking the data did not hold; field-added: a new field, added last.',
      ),
    plan: z.string().regex(SLUG_PATTERN).describe('Slug of the plan whose data changed.'),
    note: z.string().nullable().describe('What the added commitment or field records, in English; null for a removed id.'),
  })
  .strict();

/** The whole of commitments-changelog.json. */
export const changelogFileSchema = z
  .object({
    attribution: z.string().describe('Where the data comes from and which language prevails.'),
    changes: z.array(changelogRecordSchema),
  })
  .strict();

export type ChangelogRecord = z.infer<typeof changelogRecordSchema>;
