/**
 * Locale-free route paths, the same in every language. `src/i18n/urls.ts` adds base and locale.
 * Pure, so tests and scripts can use it without Astro.
 */
export const routes = {
  home: () => '',
  fullText: (plan: string) => `${plan}/`,
  road: (plan: string, road: string) => `${plan}/${road}/`,
  initiative: (plan: string, road: string, initiative: string) => `${plan}/${road}/${initiative}/`,
  about: () => 'about/',
  search: () => 'search/',
  glossary: () => 'glossary/',
  commitments: () => 'commitments/',
  status: () => 'status/',
  corrections: () => 'corrections/',
} as const;

/** Anchor id of a paragraph on its page: stable as long as the paragraph order is. */
export const paragraphId = (number: number, prefix = '') => `${prefix}p${number}`;

/** Previous and next items of a list, for pagination. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
