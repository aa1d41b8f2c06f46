/** /data/<plan>/commitments.json: one plan's commitments, in the same form as /data/commitments.json. */
import type { APIRoute } from 'astro';
import { commitmentsJson } from '#src/model/downloads.ts';
import { planDataPaths } from '#src/model/static-paths.ts';

export const getStaticPaths = planDataPaths;

export const GET: APIRoute = ({ params }) => commitmentsJson(params.plan);
