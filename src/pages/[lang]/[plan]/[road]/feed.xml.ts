/**
 * One road's RSS feed per language: the road's publication, the dated status updates and latest reviews of every
 * commitment it and its initiatives state, and corrections of its pages, newest first.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { getPlan, type RoadPage } from '#src/model/plan.ts';
import { feedResponse } from '#src/model/feed.ts';
import { followFeedItems, followFeedUrl } from '#src/model/follow-feed.ts';
import { roadPaths } from '#src/model/static-paths.ts';
import { roadTitle } from '#src/model/titles.ts';

export const getStaticPaths = roadPaths;

export const GET: APIRoute = async ({ params, props, locals }) => {
  const { locale, t, display } = locals;
  const plan = await getPlan(params.plan);
  const { road } = props as { road: RoadPage };
  const title = roadTitle(locale, road);
  const page = routes.road(plan.slug, road.slug);
  return feedResponse({
    locale,
    title: t('follow.roadFeedTitle', { title }),
    description: t('follow.feedDescription'),
    channelLink: absoluteUrl(locale, page),
    selfUrl: followFeedUrl(locale, routes.roadFeed(plan.slug, road.slug)),
    items: await followFeedItems({
      locale,
      t,
      display,
      plans: [plan],
      page,
      title,
      kind: 'road',
      commitments: [...road.commitments, ...road.initiatives.flatMap((initiative) => initiative.commitments)],
      texts: road.initiatives.map((initiative) => routes.initiative(plan.slug, road.slug, initiative.slug)),
    }),
  });
};
