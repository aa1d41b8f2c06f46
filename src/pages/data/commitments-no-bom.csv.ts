/**
 * /data/commitments-no-bom.csv: the rows of /data/commitments.csv without its byte-order mark, the file the Data
 * Package describes, for Frictionless' and other data tools.
 */
import type { APIRoute } from 'astro';
import { commitmentsCsv } from '#src/model/downloads.ts';

export const GET: APIRoute = () => commitmentsCsv(undefined, 'data');
