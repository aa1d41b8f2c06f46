/** /data/datapackage.json: a Frictionless Data Package describing the downloads, with a Table Schema for the CSV. */
import type { APIRoute } from 'astro';
import { commitmentsDataPackage } from '../../lib/commitments-datapackage.ts';
import { COMMITMENT_TYPES } from '../../schemas/commitment.ts';
import { STATUSES } from '../../schemas/status.ts';
import { absoluteUrl } from '../../i18n/urls.ts';
import { routes } from '../../lib/routes.ts';
import { getPlan } from '../../data/plan.ts';

export const GET: APIRoute = async () => {
  const plan = await getPlan();
  const descriptor = commitmentsDataPackage({
    homepage: absoluteUrl('en', routes.commitments()),
    roads: plan.roads.map((road) => road.slug),
    types: COMMITMENT_TYPES,
    statuses: STATUSES,
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
