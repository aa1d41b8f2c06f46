/** An RSS feed per language of the commitments' status updates, newest first; each item links to its commitment page. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { statusFeedEntries, updateKey } from '#src/model/status-feed.ts';
import { getPlan } from '#src/model/plan.ts';
import { commitmentOwnPath, statusFeedUrl } from '#src/model/commitment-links.ts';
import { feedResponse } from '#src/model/feed.ts';
import { planPaths } from '#src/model/static-paths.ts';
import { startOfDayUtc } from '#src/schemas/plain-date.ts';

export const getStaticPaths = planPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { locale, t, display } = locals;
  const plan = await getPlan(params.plan);
  const items = statusFeedEntries(plan.commitments).map(({ commitment, update }) => {
    const link = absoluteUrl(locale, commitmentOwnPath(commitment));
    const statement = display.text(commitment).text;
    const note = display.text(update.note).text;
    return {
      title: t('feed.statusItem', { status: t(`status.${update.status}`), statement }),
      link,
      guid: `${link}#${updateKey(commitment.id, update)}`,
      pubDate: startOfDayUtc(update.date),
      description: `${note} ${t('label.value', { label: t('status.source'), value: update.source })}`,
    };
  });
  return feedResponse({
    locale,
    title: t('feed.statusTitle'),
    description: t('feed.statusDescription'),
    channelLink: absoluteUrl(locale, routes.planCommitments(plan.slug)),
    selfUrl: statusFeedUrl(locale, plan.slug),
    items,
  });
};
