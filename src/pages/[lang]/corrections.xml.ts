/** The corrections log as an RSS feed per language, newest first; each item links to its entry on the corrections page. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '#src/i18n/urls.ts';
import { routes } from '#src/model/routes.ts';
import { getCorrections, pageTitle } from '#src/model/corrections.ts';
import { correctionsFeedUrl, feedResponse } from '#src/model/feed.ts';
import { localePaths } from '#src/model/static-paths.ts';
import { startOfDayUtc } from '#src/schemas/plain-date.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale, t, display } = locals;
  const text = (value: { zh: string; en: string }) => display.text(value).text;
  const labelled = (label: string, value: string) => t('label.value', { label, value });
  const page = absoluteUrl(locale, routes.corrections());
  const corrections = await getCorrections();
  const items = await Promise.all(
    corrections.map(async (correction) => {
      const titles = await Promise.all(correction.pages.map((path) => pageTitle(locale, path)));
      return {
        title: t('corrections.feedItem', {
          date: display.date(correction.date),
          pages: titles.join(t('list.separator')),
        }),
        link: `${page}#${correction.id}`,
        pubDate: startOfDayUtc(correction.date),
        description: `${labelled(t('corrections.what'), text(correction.what))} ${labelled(t('corrections.why'), text(correction.why))}`,
      };
    }),
  );
  return feedResponse({
    locale,
    title: t('corrections.feedTitle'),
    description: t('corrections.description'),
    channelLink: page,
    selfUrl: correctionsFeedUrl(locale),
    items,
  });
};
