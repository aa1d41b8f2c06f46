/**
 * Schema of a status update: one dated, sourced change of a commitment's status.
 * With no update a commitment is “announced”, on the authority of the article itself.
 */
import { z } from 'astro/zod';
import { plainDate, webUrl } from './fields.ts';

/** The status scale, in order. */
export const STATUSES = ['announced', 'in-progress', 'completed', 'unclear'] as const;
export type Status = (typeof STATUSES)[number];

export const statusUpdateSchema = () =>
  z.object({
    /** Id of the commitment in commitments.yaml. */
    commitment: z.string().min(1),
    /** The date of the source, as YYYY-MM-DD; kept as that text, without a time zone. */
    date: plainDate(),
    /** The status the source supports. */
    status: z.enum(STATUSES),
    /** Where the status comes from: a public https: (or http:) URL. */
    source: webUrl(),
    /** One sentence in Chinese on what the source says. */
    noteZh: z.string().min(1),
    /** The same sentence in English. */
    noteEn: z.string().min(1),
  });

/**
 * Schema of a status review (content/<plan>/reviews/<date>.yaml, written by `npm run status -- review`): the day an
 * editor checked these commitments' statuses against sources. A page shows the latest review of its commitment as
 * “as of”; a commitment in no review has not been reviewed since the article.
 */
export const statusReviewSchema = () =>
  z
    .object({
      /** The day the statuses were checked, as YYYY-MM-DD; kept as that text, without a time zone. */
      date: plainDate(),
      /** Ids (in commitments.yaml) of the commitments whose status was checked that day. */
      commitments: z.array(z.string().min(1)).min(1),
    })
    .strict();
