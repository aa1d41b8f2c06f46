/** /data/<plan>/commitments.csv: one plan's commitments as CSV, in the same form as /data/commitments.csv. */
import type { APIRoute } from 'astro';
import { commitmentsCsv } from '../../../data/downloads.ts';
import { planDataPaths } from '../../../data/static-paths.ts';

export const getStaticPaths = planDataPaths;

export const GET: APIRoute = ({ params }) => commitmentsCsv(params.plan);
