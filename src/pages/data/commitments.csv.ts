/** /data/commitments.csv: the same records as the JSON, as UTF-8 CSV with a BOM. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/commitments-export.ts';
import { commitmentRecords } from '../../data/commitment-records.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(await commitmentRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
