/// <reference types="astro/client" />

declare namespace App {
  /** Set for every page by src/middleware.ts. */
  interface Locals {
    /** The reader's language: the `[lang]` segment of the route, or the original language. */
    locale: import('./i18n/locales.ts').Locale;
    /** The UI strings of that language (src/i18n/ui/). */
    t: ReturnType<typeof import('./i18n/translate.ts').useTranslations>;
    /** How that language's pages show the plan's text (src/model/display.ts). */
    display: import('./model/display.ts').Display;
  }
}
