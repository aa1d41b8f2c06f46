/** How roads and initiatives are named in each language, in one place. */
import type { Locale } from '#src/i18n/locales.ts';
import { displayFor, type Passage } from './display.ts';
import { NOT_STATED } from '#src/schemas/structure.ts';
import { useTranslations } from '#src/i18n/translate.ts';
import type { InitiativePage, RoadPage } from './plan.ts';

/** What a plan's title is made of: the Chinese, and its translation where there is one. */
type PlanTitles = { zh: { title: string }; en?: { title: string } };

/** True on a translated page whose translation is still in preparation: it shows the original instead. */
export const translationPending = (locale: Locale, page: { en?: unknown }) => displayFor(locale).pending(page);

/** The language of a title as shown: the original's on a page whose translation is pending. */
export const titleLang = (locale: Locale, page: { en?: unknown }) =>
  translationPending(locale, page) ? displayFor(locale).originalLang : undefined;

/** The full heading as shown, with its lang: “（一）“有效投资”之路，坚持稳中求进” or its translation (the original while it is pending). */
export const roadHeading = (locale: Locale, road: RoadPage): Passage =>
  displayFor(locale).text({ zh: `${road.zh.numeral}${road.zh.heading}`, en: road.en?.title });

export const roadTitle = (locale: Locale, road: RoadPage) => roadHeading(locale, road).text;

/** The road's short name: 有效投资 / Effective investment. */
export const roadName = (locale: Locale, road: RoadPage) =>
  displayFor(locale).text({ zh: road.zh.name, en: road.en && (road.en.name ?? road.en.title) }).text;

/** An initiative's heading as shown, with its lang: the original's words, or its translation. */
export const initiativeHeading = (locale: Locale, initiative: InitiativePage): Passage =>
  displayFor(locale).text({ zh: initiative.zh.heading, en: initiative.en?.title });

export const initiativeTitle = (locale: Locale, initiative: InitiativePage) => initiativeHeading(locale, initiative).text;

/** The byline as a sentence quotes it: 本报记者 张慧 / Zhang Hui, staff reporter (the UI strings add any “by”). */
export const bylineInSentence = (locale: Locale, plan: { zh: { byline: string }; en?: { byline?: string } }) =>
  plan.zh.byline === NOT_STATED
    ? useTranslations(locale)('plans.notStated')
    : displayFor(locale).text({ zh: plan.zh.byline, en: plan.en?.byline }).text;

/** A plan's title as shown: its English title, or the Chinese while the translation is pending. */
export const planTitle = (locale: Locale, plan: PlanTitles) => planHeading(locale, plan).text;

/** A plan's title as shown, with its lang: the Chinese (marked as such) while the translation is pending. */
export const planHeading = (locale: Locale, plan: PlanTitles): Passage =>
  displayFor(locale).text({ zh: plan.zh.title, en: plan.en?.title });

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
