/** /data/datapackage.json: a Frictionless Data Package describing the downloads, with a Table Schema for the CSV. */
import type { APIRoute } from 'astro';
import { commitmentsDataPackage } from '#src/model/commitments-datapackage.ts';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { getPlans } from '#src/model/plan.ts';

export const GET: APIRoute = async () => {
  const plans = await getPlans();
  const descriptor = commitmentsDataPackage({
    homepage: absoluteUrl('en', routes.commitments()),
    roads: [...new Set(plans.flatMap((plan) => plan.roads.map((road) => road.slug)))],
    plans: plans.map((plan) => plan.slug),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
