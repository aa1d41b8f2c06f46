/**
 * Schema of the published changelog of commitment ids (/data/commitments-changelog.json and /data/<plan>/…): each id
 * that went away, with the id that replaces it. Built from content/<plan>/commitments-changelog.yaml (./commitment.ts);
 * the field names are a promise, and fields added later come last.
 */
import { z } from 'astro/zod';
import { CHANGE_REASONS } from './commitment.ts';
import { SLUG_PATTERN } from './fields.ts';

/** One removed id, as published. */
export const changelogRecordSchema = z
  .object({
    id: z.string().describe('The removed id; never used again in its plan.'),
    replaced_by: z.string().describe('The id of the commitment that now holds the undertaking.'),
    date: z.iso.date().describe('When the id was removed, as YYYY-MM-DD.'),
    reason: z
      .enum(CHANGE_REASONS)
      .describe('merged: entries that shared one phrase became one; not-an-undertaking: it stated no commitment.'),
    plan: z.string().regex(SLUG_PATTERN).describe('Slug of the plan whose id it was.'),
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
