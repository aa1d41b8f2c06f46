/** /data/<plan>/commitments.json: one plan's commitments, in the same form as /data/commitments.json. */
import type { APIRoute } from 'astro';
import { commitmentsJson } from '../../../data/downloads.ts';
import { planDataPaths } from '../../../data/static-paths.ts';

export const getStaticPaths = planDataPaths;

export const GET: APIRoute = ({ params }) => commitmentsJson(params.plan);
