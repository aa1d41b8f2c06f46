/** Where a commitment lives: its own page, and the page and paragraph that state it, as links and site paths. */
import type { Locale } from '#src/i18n/locales.ts';
import { LOCALES } from '#src/i18n/locales.ts';
import { absoluteBaseUrl, basePath, localizedPath } from '#src/i18n/urls.ts';
import { paragraphId, routes } from './routes.ts';
import type { Commitment } from './plan.ts';

/** The locale-free path of the page that states the commitment. */
export function commitmentPagePath(commitment: Pick<Commitment, 'plan' | 'road' | 'initiative'>): string {
  return commitment.initiative
    ? routes.initiative(commitment.plan, commitment.road, commitment.initiative)
    : routes.road(commitment.plan, commitment.road);
}

/** The locale-free path of the commitment's own page. */
export function commitmentOwnPath(commitment: Pick<Commitment, 'plan' | 'id'>): string {
  return routes.commitment(commitment.plan, commitment.id);
}

/** A link to the commitment's own page. */
export function commitmentOwnHref(locale: Locale, commitment: Pick<Commitment, 'plan' | 'id'>): string {
  return localizedPath(locale, commitmentOwnPath(commitment));
}

/** A link to the exact paragraph that states the commitment. */
export function commitmentHref(locale: Locale, commitment: Commitment): string {
  return `${localizedPath(locale, commitmentPagePath(commitment))}#${paragraphId(commitment.paragraph)}`;
}

/** A plan's status-update feed in a language: a file, so built without the locale helpers, which add a trailing slash. */
const statusFeedFile = (locale: Locale, plan: string) => `${LOCALES[locale].path}/${routes.statusFeed(plan)}`;
export const statusFeedHref = (locale: Locale, plan: string) => basePath(statusFeedFile(locale, plan));
export const statusFeedUrl = (locale: Locale, plan: string) => absoluteBaseUrl(statusFeedFile(locale, plan));
