/** /data/<plan>/commitments.csv: one plan's commitments as CSV, in the same form as /data/commitments.csv. */
import type { APIRoute } from 'astro';
import { commitmentsCsv } from '#src/model/downloads.ts';
import { planDataPaths } from '#src/model/static-paths.ts';

export const getStaticPaths = planDataPaths;

export const GET: APIRoute = ({ params }) => commitmentsCsv(params.plan);
