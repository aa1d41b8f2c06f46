/**
 * The feed of a page a reader follows (a commitment, a road): what followEntries lists, as dated feed items in the
 * reader's language. Updates and reviews link to their commitment's page; the page's publication and corrections of
 * its texts link to the followed page. Where the article states no date, the publication item carries the day this
 * site first published the plan, and says so.
 */
import type { Locale } from '#src/i18n/locales.ts';
import { LOCALES } from '#src/i18n/locales.ts';
import { absoluteBaseUrl, absoluteUrl, basePath } from '#src/i18n/urls.ts';
import type { Display } from './display.ts';
import { routes } from './routes.ts';
import { commitmentOwnPath } from './commitment-links.ts';
import { getCorrections, pageTitle, type Correction } from './corrections.ts';
import { planDate } from './first-published.ts';
import type { FeedItem } from './feed.ts';
import type { Commitment, Plan } from './plan.ts';
import { planHeading } from './titles.ts';
import { correctionsOf, followEntries, updateKey } from './status-feed.ts';
import { startOfDayUtc, type PlainDate } from '#src/schemas/plain-date.ts';

/** A feed file in a language folder: a file, so without the locale helpers' trailing slash. */
const feedFile = (locale: Locale, path: string) => `${LOCALES[locale].path}/${path}`;
export const followFeedHref = (locale: Locale, path: string) => basePath(feedFile(locale, path));
export const followFeedUrl = (locale: Locale, path: string) => absoluteBaseUrl(feedFile(locale, path));

interface Followed {
  locale: Locale;
  t: App.Locals['t'];
  display: Display;
  /** The plans whose texts the page quotes: each one's publication is an item. */
  plans: readonly Plan[];
  /** Locale-free path of the followed page. */
  page: string;
  /** The followed page's title, for the publication item. */
  title: string;
  /** What the page is: a commitment's publication is the article's announcement; a place's, a plan that names it. */
  kind: 'commitment' | 'road' | 'place';
  commitments: readonly Commitment[];
  /** Locale-free paths of the pages whose texts the followed page shows; their corrections are listed. */
  texts: readonly string[];
}

export async function followFeedItems({ locale, t, display, plans, page, title, kind, commitments, texts }: Followed): Promise<FeedItem[]> {
  const pageUrl = absoluteUrl(locale, page);
  const published = await Promise.all(plans.map(async (plan) => ({ ...(await planDate(plan)), plan: plan.slug })));
  const planName = new Map(plans.map((plan) => [plan.slug, planHeading(locale, plan).text]));
  const corrections = correctionsOf(await getCorrections(), [page, ...texts]);
  const correctionById = new Map<string, Correction>(corrections.map((correction) => [correction.id, correction]));
  // A correction names the followed pages it changed: the road's own page, or which of its initiatives.
  const followedPages = new Set([page, ...texts]);
  const correctedTitles = new Map(
    await Promise.all(
      corrections.map(
        async (correction) =>
          [
            correction.id,
            await Promise.all(correction.pages.filter((path) => followedPages.has(path)).map((path) => pageTitle(locale, path))),
          ] as const,
      ),
    ),
  );
  const day = (date: string) => display.date(date as PlainDate);
  const statement = (commitment: Commitment) => display.text(commitment).text;
  const text = (value: { zh: string; en: string }) => display.text(value).text;
  return followEntries({ commitments, published, corrections: corrections.map(({ id, day }) => ({ id, date: day })) }).map(
    (entry): FeedItem => {
      const pubDate = startOfDayUtc(entry.date as PlainDate);
      switch (entry.kind) {
        case 'published':
          return {
            title:
              kind === 'commitment'
                ? t('follow.announcedItem', { statement: title })
                : kind === 'road'
                  ? t('follow.publishedItem', { title })
                  : t('follow.namedItem', { title, plan: planName.get(entry.plan)! }),
            link: pageUrl,
            guid: kind === 'place' ? `${pageUrl}#published-${entry.plan}` : `${pageUrl}#published`,
            pubDate,
            description: [t(`follow.${kind}Published`), entry.from === 'site' ? t('feed.firstPublished', { date: day(entry.date) }) : '']
              .filter(Boolean)
              .join(' '),
          };
        case 'update': {
          const link = absoluteUrl(locale, commitmentOwnPath(entry.commitment));
          return {
            title: t('feed.statusItem', { status: t(`status.${entry.update.status}`), statement: statement(entry.commitment) }),
            link,
            guid: `${link}#${updateKey(entry.commitment.id, entry.update)}`,
            pubDate,
            description: `${text(entry.update.note)} ${t('label.value', { label: t('status.source'), value: entry.update.source })}`,
          };
        }
        case 'review': {
          const link = absoluteUrl(locale, commitmentOwnPath(entry.commitment));
          return {
            title: t('follow.reviewItem', { statement: statement(entry.commitment) }),
            link,
            guid: `${link}#reviewed-${entry.date}`,
            pubDate,
            description: t('commitment.reviewedOn', { date: day(entry.date), status: t(`status.${entry.commitment.status}`) }),
          };
        }
        case 'correction': {
          const correction = correctionById.get(entry.correction.id)!;
          return {
            title: t('corrections.feedItem', {
              date: day(entry.date),
              pages: correctedTitles.get(correction.id)!.join(t('list.separator')),
            }),
            link: pageUrl,
            guid: `${absoluteUrl(locale, routes.corrections())}#${correction.id}`,
            pubDate,
            description: `${t('label.value', { label: t('corrections.what'), value: text(correction.what) })} ${t('label.value', { label: t('corrections.why'), value: text(correction.why) })}`,
          };
        }
      }
    },
  );
}
