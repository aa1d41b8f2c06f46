/** Where glossary terms occur: a plan's road and initiative pages, with their Chinese text to search. */
import type { Locale } from '#src/i18n/locales.ts';
import { localizedPath } from '#src/i18n/urls.ts';
import { routes } from './routes.ts';
import type { Plan } from './plan.ts';
import { initiativeTitle, roadName } from './titles.ts';

export interface TextPage {
  text: string;
  label: string;
  href: string;
}

export const textPagesOf = (locale: Locale, plan: Plan): TextPage[] => [
  ...plan.roads.map((road) => ({
    text: road.zh.paragraphs.join(''),
    label: roadName(locale, road),
    href: localizedPath(locale, routes.road(plan.slug, road.slug)),
  })),
  ...plan.initiatives.map((initiative) => ({
    text: initiative.zh.paragraphs.join(''),
    label: initiativeTitle(locale, initiative),
    href: localizedPath(locale, routes.initiative(plan.slug, initiative.road, initiative.slug)),
  })),
];

/** The pages on which any of a term's forms occurs. */
export const pagesWith = (pages: TextPage[], forms: string[]) => pages.filter((page) => forms.some((form) => page.text.includes(form)));
