/** Where a commitment is stated: its page and paragraph, as a link and as a site path. */
import type { Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/urls.ts';
import { paragraphId, routes } from '../lib/routes.ts';
import { PLAN_SLUG, type Commitment } from './plan.ts';

/** The locale-free path of the page that states the commitment. */
export function commitmentPagePath(commitment: Pick<Commitment, 'road' | 'initiative'>): string {
  return commitment.initiative
    ? routes.initiative(PLAN_SLUG, commitment.road, commitment.initiative)
    : routes.road(PLAN_SLUG, commitment.road);
}

/** A link to the exact paragraph that states the commitment. */
export function commitmentHref(locale: Locale, commitment: Commitment): string {
  return `${localizedPath(locale, commitmentPagePath(commitment))}#${paragraphId(commitment.paragraph)}`;
}
