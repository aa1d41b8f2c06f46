/** /data/commitments.json: every commitment, from the same collection as the pages. */
import type { APIRoute } from 'astro';
import { ATTRIBUTION } from '../../lib/commitments-export.ts';
import { commitmentRecords } from '../../data/commitment-records.ts';
import { absoluteBaseUrl } from '../../i18n/urls.ts';

export const GET: APIRoute = async () =>
  new Response(
    `${JSON.stringify(
      {
        $schema: absoluteBaseUrl('data/commitments.schema.json'),
        attribution: ATTRIBUTION,
        commitments: await commitmentRecords(),
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
