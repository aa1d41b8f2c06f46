/** getStaticPaths for each page kind, so the routes stay one line each. Plan pages exist for every plan. */
import { LOCALE_KEYS } from '#src/i18n/locales.ts';
import { getPlans } from './plan.ts';
import { getPlaces } from './places.ts';

export function localePaths() {
  return LOCALE_KEYS.map((lang) => ({ params: { lang } }));
}

export async function planPaths() {
  const plans = await getPlans();
  return LOCALE_KEYS.flatMap((lang) => plans.map((plan) => ({ params: { lang, plan: plan.slug } })));
}

export async function roadPaths() {
  const plans = await getPlans();
  return LOCALE_KEYS.flatMap((lang) =>
    plans.flatMap((plan) => plan.roads.map((road) => ({ params: { lang, plan: plan.slug, road: road.slug }, props: { road } }))),
  );
}

export async function initiativePaths() {
  const plans = await getPlans();
  return LOCALE_KEYS.flatMap((lang) =>
    plans.flatMap((plan) =>
      plan.initiatives.map((initiative, index) => ({
        params: { lang, plan: plan.slug, road: initiative.road, initiative: initiative.slug },
        props: { index },
      })),
    ),
  );
}

export async function commitmentPaths() {
  const plans = await getPlans();
  return LOCALE_KEYS.flatMap((lang) =>
    plans.flatMap((plan) =>
      plan.commitments.map((commitment) => ({ params: { lang, plan: plan.slug, id: commitment.id }, props: { id: commitment.id } })),
    ),
  );
}

/** One path per plan, without a language: the plan's downloads under /data/<plan>/. */
export async function planDataPaths() {
  const plans = await getPlans();
  return plans.map((plan) => ({ params: { plan: plan.slug } }));
}

export async function placePaths() {
  const places = await getPlaces();
  return LOCALE_KEYS.flatMap((lang) => places.map((place) => ({ params: { lang, place: place.id }, props: { id: place.id } })));
}
