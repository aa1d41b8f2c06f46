/** An RSS feed per language of every plan's pages (roads and initiatives), newest plan first. The articles give no date, so items carry none. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../i18n/urls.ts';
import { routes } from '../../lib/routes.ts';
import { getPlans } from '../../data/plan.ts';
import { localePaths } from '../../data/static-paths.ts';
import { initiativeTitle, roadTitle } from '../../data/titles.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale, t } = locals;
  const items = (await getPlans()).flatMap((plan) => {
    const roadItems = plan.roads.map((road) => ({
      title: roadTitle(locale, road),
      link: absoluteUrl(locale, routes.road(plan.slug, road.slug)),
      description: locale === 'zh' ? (road.zh.paragraphs[0] ?? roadTitle('zh', road)) : (road.en?.summary ?? roadTitle('zh', road)),
    }));
    const initiativeItems = plan.initiatives.map((initiative) => ({
      title: initiativeTitle(locale, initiative),
      link: absoluteUrl(locale, routes.initiative(plan.slug, initiative.road, initiative.slug)),
      description: locale === 'zh' ? initiative.zh.paragraphs[0] : (initiative.en?.summary ?? initiative.zh.paragraphs[0]),
    }));
    return [...roadItems, ...initiativeItems];
  });
  return rss({
    title: t('feed.title'),
    description: t('site.description'),
    site: absoluteUrl(locale, ''),
    items,
    customData: `<language>${locale === 'zh' ? 'zh-Hans' : 'en'}</language>`,
  });
};
