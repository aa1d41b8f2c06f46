/**
 * An RSS feed per language of every plan's pages (roads and initiatives), newest plan first. Each item carries the
 * article's date where its text states one; otherwise the day this site first published the plan's pages, and says so.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { getPlans } from '#src/model/plan.ts';
import { planDate } from '#src/model/first-published.ts';
import { feedResponse, pagesFeedUrl } from '#src/model/feed.ts';
import { localePaths } from '#src/model/static-paths.ts';
import { initiativeTitle, roadTitle } from '#src/model/titles.ts';
import { startOfDayUtc } from '#src/schemas/plain-date.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale, t, display } = locals;
  const plans = await getPlans();
  const items = (
    await Promise.all(
      plans.map(async (plan) => {
        const { date, from } = await planDate(plan);
        const dated = (text: string) => (from === 'article' ? text : `${text} ${t('feed.firstPublished', { date: display.date(date) })}`);
        const pubDate = startOfDayUtc(date);
        const roadItems = plan.roads.map((road) => ({
          title: roadTitle(locale, road),
          link: absoluteUrl(locale, routes.road(plan.slug, road.slug)),
          pubDate,
          description: dated(
            display.text({ zh: road.zh.paragraphs[0] ?? `${road.zh.numeral}${road.zh.heading}`, en: road.en?.summary }).text,
          ),
        }));
        const initiativeItems = plan.initiatives.map((initiative) => ({
          title: initiativeTitle(locale, initiative),
          link: absoluteUrl(locale, routes.initiative(plan.slug, initiative.road, initiative.slug)),
          pubDate,
          description: dated(display.text({ zh: initiative.zh.paragraphs[0], en: initiative.en?.summary }).text),
        }));
        return [...roadItems, ...initiativeItems];
      }),
    )
  ).flat();
  return feedResponse({
    locale,
    title: t('feed.title'),
    description: t('site.description'),
    channelLink: absoluteUrl(locale, routes.home()),
    selfUrl: pagesFeedUrl(locale),
    items,
  });
};
