/** /data/commitments-changelog.json: removed commitment ids of every plan and the ids that replace them. */
import type { APIRoute } from 'astro';
import { changelogJson } from '#src/model/downloads.ts';

export const GET: APIRoute = () => changelogJson();
