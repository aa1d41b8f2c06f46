/** getStaticPaths for each page kind, so the routes stay one line each. */
import { LOCALE_KEYS } from '../i18n/locales.ts';
import { getPlan } from './plan.ts';

export function localePaths() {
  return LOCALE_KEYS.map((lang) => ({ params: { lang } }));
}

export async function planPaths() {
  const plan = await getPlan();
  return LOCALE_KEYS.map((lang) => ({ params: { lang, plan: plan.slug } }));
}

export async function roadPaths() {
  const plan = await getPlan();
  return LOCALE_KEYS.flatMap((lang) =>
    plan.roads.map((road) => ({ params: { lang, plan: plan.slug, road: road.slug }, props: { road } })),
  );
}

export async function initiativePaths() {
  const plan = await getPlan();
  return LOCALE_KEYS.flatMap((lang) =>
    plan.initiatives.map((initiative, index) => ({
      params: { lang, plan: plan.slug, road: initiative.road, initiative: initiative.slug },
      props: { index },
    })),
  );
}

export async function commitmentPaths() {
  const plan = await getPlan();
  return LOCALE_KEYS.flatMap((lang) =>
    plan.commitments.map((commitment) => ({ params: { lang, plan: plan.slug, id: commitment.id }, props: { id: commitment.id } })),
  );
}
