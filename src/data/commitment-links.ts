/** Where a commitment lives: its own page, and the page and paragraph that state it, as links and site paths. */
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

/** The locale-free path of the commitment's own page. */
export function commitmentOwnPath(commitment: Pick<Commitment, 'id'>): string {
  return routes.commitment(PLAN_SLUG, commitment.id);
}

/** A link to the commitment's own page. */
export function commitmentOwnHref(locale: Locale, commitment: Pick<Commitment, 'id'>): string {
  return localizedPath(locale, commitmentOwnPath(commitment));
}

/** A link to the exact paragraph that states the commitment. */
export function commitmentHref(locale: Locale, commitment: Commitment): string {
  return `${localizedPath(locale, commitmentPagePath(commitment))}#${paragraphId(commitment.paragraph)}`;
}
