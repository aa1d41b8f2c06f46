/** An RSS feed per language of the commitments' status updates, newest first; each item links to its commitment page. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../../../i18n/urls.ts';
import { routes } from '../../../../lib/routes.ts';
import { toFullWidthPunctuation } from '../../../../lib/chinese-punctuation.ts';
import { statusFeedEntries, updateKey } from '../../../../lib/status-feed.ts';
import { getPlan } from '../../../../data/plan.ts';
import { commitmentOwnPath } from '../../../../data/commitment-links.ts';
import { planPaths } from '../../../../data/static-paths.ts';
import { startOfDayUtc } from '../../../../lib/plain-date.ts';

export const getStaticPaths = planPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { locale, t } = locals;
  const plan = await getPlan(params.plan);
  const items = statusFeedEntries(plan.commitments).map(({ commitment, update }) => {
    const link = absoluteUrl(locale, commitmentOwnPath(commitment));
    const statement = locale === 'zh' ? toFullWidthPunctuation(commitment.zh) : commitment.en;
    const note = locale === 'zh' ? update.noteZh : update.noteEn;
    return {
      title: t('feed.statusItem', { status: t(`status.${update.status}`), statement }),
      link,
      pubDate: startOfDayUtc(update.date),
      description: `${note} ${t('status.source')}: ${update.source}`,
      customData: `<guid isPermaLink="false">${link}#${updateKey(commitment.id, update)}</guid>`,
    };
  });
  return rss({
    title: t('feed.statusTitle'),
    description: t('feed.statusDescription'),
    site: absoluteUrl(locale, routes.commitments()),
    items,
    customData: `<language>${locale === 'zh' ? 'zh-Hans' : 'en'}</language>`,
  });
};
