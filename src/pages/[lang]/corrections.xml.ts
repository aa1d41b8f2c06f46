/** The corrections log as an RSS feed per language, newest first; each item links to its entry on the corrections page. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../i18n/urls.ts';
import { toFullWidthPunctuation } from '../../lib/chinese-punctuation.ts';
import { readableDate } from '../../lib/corrections.ts';
import { routes } from '../../lib/routes.ts';
import { getCorrections, pageTitle } from '../../data/corrections.ts';
import { localePaths } from '../../data/static-paths.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale, t } = locals;
  const text = (value: { zh: string; en: string }) => (locale === 'zh' ? toFullWidthPunctuation(value.zh) : value.en);
  const labelled = (label: string, value: string) => `${label}${locale === 'zh' ? '：' : ': '}${value}`;
  const corrections = await getCorrections();
  const items = await Promise.all(
    corrections.map(async (correction) => {
      const titles = await Promise.all(correction.pages.map((page) => pageTitle(locale, page)));
      return {
        title: t('corrections.feedItem', {
          date: readableDate(locale, correction.date),
          pages: titles.join(locale === 'zh' ? '、' : '; '),
        }),
        link: `${absoluteUrl(locale, routes.corrections())}#${correction.id}`,
        guid: `${absoluteUrl(locale, routes.corrections())}#${correction.id}`,
        pubDate: correction.date,
        description: `${labelled(t('corrections.what'), text(correction.what))} ${labelled(t('corrections.why'), text(correction.why))}`,
      };
    }),
  );
  return rss({
    title: t('corrections.feedTitle'),
    description: t('corrections.description'),
    site: absoluteUrl(locale, ''),
    items,
    customData: `<language>${locale === 'zh' ? 'zh-Hans' : 'en'}</language>`,
  });
};
