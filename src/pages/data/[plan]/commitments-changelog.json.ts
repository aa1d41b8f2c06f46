/** /data/<plan>/commitments-changelog.json: one plan's removed commitment ids, in the same form as /data/commitments-changelog.json. */
import type { APIRoute } from 'astro';
import { changelogJson } from '../../../data/downloads.ts';
import { planDataPaths } from '../../../data/static-paths.ts';

export const getStaticPaths = planDataPaths;

export const GET: APIRoute = ({ params }) => changelogJson(params.plan);
