/** /data/commitments.csv: the same records as the JSON, as UTF-8 CSV with a byte-order mark, for spreadsheets (Excel). */
import type { APIRoute } from 'astro';
import { commitmentsCsv } from '#src/model/downloads.ts';

export const GET: APIRoute = () => commitmentsCsv();
