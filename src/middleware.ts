/**
 * Puts the reader's language on every page's `Astro.locals`, as Starlight does: `locale` (from the
 * `[lang]` route segment; the original language for pages without one), `t`, its UI strings, and `display`,
 * how its pages show the plan's text.
 * Routes read them instead of casting `Astro.params.lang` each.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, LOCALE_KEYS, type Locale } from './i18n/locales.ts';
import { useTranslations } from './i18n/translate.ts';
import { displayFor } from './model/display.ts';

const isLocale = (value: string | undefined): value is Locale => LOCALE_KEYS.includes(value as Locale);

export const onRequest = defineMiddleware((context, next) => {
  const { lang } = context.params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  context.locals.display = displayFor(locale);
  return next();
});
