/**
 * UI strings. One i18next instance for the whole site, initialised synchronously at import,
 * with one flat dictionary per language (dotted keys are plain keys, not paths).
 * Components call `useTranslations(locale)` and never contain literal UI text.
 */
import i18next from 'i18next';
import type { Locale } from './locales.ts';
import en from './ui/en.json';
import zh from './ui/zh.json';

export const resources = { zh: { translation: zh }, en: { translation: en } } as const;

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'zh',
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // Astro escapes on output.
  returnNull: false,
  // A key missing from a dictionary stops the build instead of printing the key on a page.
  saveMissing: true,
  missingKeyHandler: (languages, _namespace, key) => {
    throw new Error(`i18n: missing UI string “${key}” for ${languages.join(', ')} (src/i18n/ui/)`);
  },
});

export function useTranslations(locale: Locale) {
  return instance.getFixedT(locale);
}
