/**
 * One commitment's RSS feed per language: its announcement in the article, its dated status updates, its latest
 * review and corrections of the texts it is stated in, newest first, each linking to the commitment's page.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { getPlan } from '#src/model/plan.ts';
import { commitmentOwnPath, commitmentPagePath } from '#src/model/commitment-links.ts';
import { feedResponse } from '#src/model/feed.ts';
import { followFeedItems, followFeedUrl } from '#src/model/follow-feed.ts';
import { commitmentPaths } from '#src/model/static-paths.ts';

export const getStaticPaths = commitmentPaths;

export const GET: APIRoute = async ({ params, props, locals }) => {
  const { locale, t, display } = locals;
  const plan = await getPlan(params.plan);
  const commitment = plan.commitments.find(({ id }) => id === (props as { id: string }).id)!;
  const statement = display.text(commitment).text;
  const page = commitmentOwnPath(commitment);
  return feedResponse({
    locale,
    title: t('follow.commitmentFeedTitle', { title: statement }),
    description: t('follow.feedDescription'),
    channelLink: absoluteUrl(locale, page),
    selfUrl: followFeedUrl(locale, routes.commitmentFeed(plan.slug, commitment.id)),
    items: await followFeedItems({
      locale,
      t,
      display,
      plans: [plan],
      page,
      title: statement,
      kind: 'commitment',
      commitments: [commitment],
      texts: [commitmentPagePath(commitment)],
    }),
  });
};
