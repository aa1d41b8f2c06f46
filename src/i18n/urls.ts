/** URLs of pages in a language, with the configured base path, via Astro's i18n helpers. */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { LOCALES, type Locale } from './locales.ts';

/** “/base/zh/eight-roads/opening-up/” for locale zh and path “eight-roads/opening-up/”. */
export function localizedPath(locale: Locale, path: string): string {
  return getRelativeLocaleUrl(LOCALES[locale].lang, path);
}

export function absoluteUrl(locale: Locale, path: string): string {
  return getAbsoluteLocaleUrl(LOCALES[locale].lang, path);
}

/** A path under the base that is not in a language folder, e.g. the root page or a data file. */
export function basePath(path = ''): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/u, '')}/${path}`;
}

/** The absolute URL of a path under the base that is not in a language folder, e.g. the share image. */
export function absoluteBaseUrl(path = ''): string {
  return new URL(basePath(path), import.meta.env.SITE).href;
}
