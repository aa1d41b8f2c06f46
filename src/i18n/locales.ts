/**
 * The site's languages, defined once and reused by the Astro config, routes, the display model and tests.
 * `path` is the URL segment; `lang` is the BCP 47 tag for `<html lang>` and `hreflang`; `dateLocale` formats dates;
 * `reads` says whether pages in this language read the plan's original or a translation shown beside it.
 * What a page shows in each language is decided from these fields in src/model/display.ts, not in components.
 */
export const LOCALES = {
  zh: { path: 'zh', lang: 'zh-Hans', label: '中文', ogLocale: 'zh_CN', dateLocale: 'zh-CN', reads: 'original' },
  en: { path: 'en', lang: 'en', label: 'English', ogLocale: 'en_US', dateLocale: 'en-GB', reads: 'translation' },
} as const;

export type Locale = keyof typeof LOCALES;

/** The original language of the plan: it prevails, and it is the x-default. */
export const DEFAULT_LOCALE: Locale = 'zh';

export const LOCALE_KEYS = Object.keys(LOCALES) as Locale[];

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
