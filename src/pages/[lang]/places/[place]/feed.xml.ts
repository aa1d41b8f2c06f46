/**
 * One place's RSS feed per language: each plan that names it (dated by its publication), the dated status updates and
 * latest reviews of every commitment whose words name it, and corrections of the pages whose passages name it, newest first.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { feedResponse } from '#src/model/feed.ts';
import { followFeedItems, followFeedUrl } from '#src/model/follow-feed.ts';
import { getPlaces, placeInPlans } from '#src/model/places.ts';
import { placePaths } from '#src/model/static-paths.ts';

export const getStaticPaths = placePaths;

export const GET: APIRoute = async ({ props, locals }) => {
  const { locale, t, display } = locals;
  const place = (await getPlaces()).find(({ id }) => id === (props as { id: string }).id)!;
  const inPlans = await placeInPlans(place, locale);
  const title = display.text({ zh: place.zh, en: place.en }).text;
  const page = routes.place(place.id);
  return feedResponse({
    locale,
    title: t('follow.placeFeedTitle', { title }),
    description: t('follow.feedDescription'),
    channelLink: absoluteUrl(locale, page),
    selfUrl: followFeedUrl(locale, routes.placeFeed(place.id)),
    items: await followFeedItems({
      locale,
      t,
      display,
      plans: inPlans.map(({ plan }) => plan),
      page,
      title,
      kind: 'place',
      commitments: inPlans.flatMap(({ commitments }) => commitments.map(({ commitment }) => commitment)),
      texts: [...new Set(inPlans.flatMap(({ passages }) => passages.map(({ path }) => path)))],
    }),
  });
};
