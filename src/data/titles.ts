/** How roads and initiatives are named in each language, in one place. */
import type { Locale } from '../i18n/locales.ts';
import { toFullWidthPunctuation } from '../lib/chinese-punctuation.ts';
import { NOT_STATED } from '../schemas/structure.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { InitiativePage, RoadPage } from './plan.ts';

/** True on an English page whose translation is still in preparation: it shows the Chinese original instead. */
export const translationPending = (locale: Locale, page: { en?: unknown }) => locale === 'en' && page.en === undefined;

/** The language of a title as shown: Chinese on a page whose translation is pending. */
export const titleLang = (locale: Locale, page: { en?: unknown }) => (translationPending(locale, page) ? 'zh-Hans' : undefined);

/** The full heading as shown: “（一）“有效投资”之路，坚持稳中求进” or its translation (the Chinese while it is pending). */
export const roadTitle = (locale: Locale, road: RoadPage) =>
  locale === 'zh' || !road.en ? toFullWidthPunctuation(`${road.zh.numeral}${road.zh.heading}`) : road.en.title;

/** The road's short name: 有效投资 / Effective investment. */
export const roadName = (locale: Locale, road: RoadPage) => (locale === 'zh' || !road.en ? road.zh.name : (road.en.name ?? road.en.title));

export const initiativeTitle = (locale: Locale, initiative: InitiativePage) =>
  locale === 'zh' || !initiative.en ? toFullWidthPunctuation(initiative.zh.heading) : initiative.en.title;

/** The byline inside a sentence: 本报记者 张慧 / by Zhang Hui, staff reporter. */
export const bylineInSentence = (locale: Locale, plan: { zh: { byline: string }; en?: { byline?: string } }) =>
  locale === 'zh' ? plan.zh.byline : (plan.en?.byline ?? plan.zh.byline).replace(/^By /u, 'by ');

/** A plan's title as shown: its English title, or the Chinese while the translation is pending. */
export const planTitle = (locale: Locale, plan: { zh: { title: string }; en?: { title: string } }) =>
  locale === 'en' && plan.en ? plan.en.title : toFullWidthPunctuation(plan.zh.title);

/** A plan's source as one line: byline, publisher and date, each “not stated” (in the reader's language) where the text gives none. */
export function planSourceLine(
  locale: Locale,
  plan: { zh: { byline: string; source?: { publisher: string; date: string } }; en?: { byline?: string } },
) {
  const t = useTranslations(locale);
  const shown = (value: string) => (value === NOT_STATED ? t('plans.notStated') : value);
  const byline = t('plans.source', { byline: bylineInSentence(locale, plan) });
  const source = plan.zh.source;
  return source ? `${byline} · ${t('plans.sourceDetail', { publisher: shown(source.publisher), date: shown(source.date) })}` : byline;
}
