/**
 * Schema of a status update: one dated, sourced change of a commitment's status.
 * With no update a commitment is “announced”, on the authority of the article itself.
 */
import { z } from 'astro/zod';
import { bilingualText, plainDate, strictObject, webUrl } from './fields.ts';
import { plainText } from './plain-text.ts';

/** The status scale, in order. */
export const STATUSES = ['announced', 'in-progress', 'completed', 'unclear'] as const;
export type Status = (typeof STATUSES)[number];

export const statusUpdateSchema = () =>
  strictObject({
    /** Id of the commitment in commitments.yaml. */
    commitment: z.string().min(1),
    /** The date of the source, as YYYY-MM-DD; kept as that text, without a time zone. */
    date: plainDate(),
    /** The status the source supports. */
    status: z.enum(STATUSES),
    /** Where the status comes from: a public https: (or http:) URL. */
    source: webUrl(),
    /** One sentence on what the source says, in Chinese and in English. */
    note: bilingualText(() => plainText('note')),
    /** The moment `npm run status -- add` wrote the file, in UTC: it orders a commitment's updates of one day. */
    recorded: z.iso.datetime({ message: 'recorded is the moment of entry in UTC, e.g. 2026-03-31T09:30:00.000Z' }).optional(),
  });

/**
 * Schema of a status review (content/<plan>/reviews/<date>.yaml, written by `npm run status -- review`): the day an
 * editor checked these commitments' statuses against sources. A page shows the latest review of its commitment as
 * “as of”; a commitment in no review has not been reviewed since the article.
 */
export const statusReviewSchema = () =>
  strictObject({
    /** The day the statuses were checked, as YYYY-MM-DD; kept as that text, without a time zone. */
    date: plainDate(),
    /** Ids (in commitments.yaml) of the commitments whose status was checked that day. */
    commitments: z.array(z.string().min(1)).min(1),
  });
