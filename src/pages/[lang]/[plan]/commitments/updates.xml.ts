/** An RSS feed per language of the commitments' status updates, newest first; each item links to its commitment page. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LOCALES } from '#src/i18n/locales.ts';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { statusFeedEntries, updateKey } from '#src/model/status-feed.ts';
import { getPlan } from '#src/model/plan.ts';
import { commitmentOwnPath } from '#src/model/commitment-links.ts';
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
      pubDate: startOfDayUtc(update.date),
      description: `${note} ${t('label.value', { label: t('status.source'), value: update.source })}`,
      customData: `<guid isPermaLink="false">${link}#${updateKey(commitment.id, update)}</guid>`,
    };
  });
  return rss({
    title: t('feed.statusTitle'),
    description: t('feed.statusDescription'),
    site: absoluteUrl(locale, routes.commitments()),
    items,
    customData: `<language>${LOCALES[locale].lang}</language>`,
  });
};
