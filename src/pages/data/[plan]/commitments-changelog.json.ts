/** /data/<plan>/commitments-changelog.json: one plan's removed commitment ids, in the same form as /data/commitments-changelog.json. */
import type { APIRoute } from 'astro';
import { changelogJson } from '#src/model/downloads.ts';
import { planDataPaths } from '#src/model/static-paths.ts';

export const getStaticPaths = planDataPaths;

export const GET: APIRoute = ({ params }) => changelogJson(params.plan);
