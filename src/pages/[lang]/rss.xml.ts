/** An RSS feed per language of every plan's pages (roads and initiatives), newest plan first. The articles give no date, so items carry none. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LOCALES } from '#src/i18n/locales.ts';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { getPlans } from '#src/model/plan.ts';
import { localePaths } from '#src/model/static-paths.ts';
import { initiativeTitle, roadTitle } from '#src/model/titles.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale, t, display } = locals;
  const items = (await getPlans()).flatMap((plan) => {
    const roadItems = plan.roads.map((road) => ({
      title: roadTitle(locale, road),
      link: absoluteUrl(locale, routes.road(plan.slug, road.slug)),
      description: display.text({ zh: road.zh.paragraphs[0] ?? `${road.zh.numeral}${road.zh.heading}`, en: road.en?.summary }).text,
    }));
    const initiativeItems = plan.initiatives.map((initiative) => ({
      title: initiativeTitle(locale, initiative),
      link: absoluteUrl(locale, routes.initiative(plan.slug, initiative.road, initiative.slug)),
      description: display.text({ zh: initiative.zh.paragraphs[0], en: initiative.en?.summary }).text,
    }));
    return [...roadItems, ...initiativeItems];
  });
  return rss({
    title: t('feed.title'),
    description: t('site.description'),
    site: absoluteUrl(locale, ''),
    items,
    customData: `<language>${LOCALES[locale].lang}</language>`,
  });
};
