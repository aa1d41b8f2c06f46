/** /data/commitments.csv: the same records as the JSON, as UTF-8 CSV with a BOM. */
import type { APIRoute } from 'astro';
import { commitmentsCsv } from '#src/model/downloads.ts';

export const GET: APIRoute = () => commitmentsCsv();
