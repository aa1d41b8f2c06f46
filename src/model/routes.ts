/**
 * Locale-free route paths, the same in every language. `src/i18n/urls.ts` adds base and locale.
 * Pure, so tests and scripts can use it without Astro.
 */
export const routes = {
  home: () => '',
  fullText: (plan: string) => `${plan}/`,
  /** A plan's own home; its full text keeps the plan's root URL, as before there were several plans. */
  planHome: (plan: string) => `${plan}/overview/`,
  /** Where each glossary term occurs in one plan. */
  planGlossary: (plan: string) => `${plan}/glossary/`,
  road: (plan: string, road: string) => `${plan}/${road}/`,
  initiative: (plan: string, road: string, initiative: string) => `${plan}/${road}/${initiative}/`,
  about: () => 'about/',
  search: () => 'search/',
  glossary: () => 'glossary/',
  /** A glossary term's own page; the glossary keeps an entry for it at #<id>. */
  glossaryTerm: (id: string) => `glossary/${id}/`,
  commitments: () => 'commitments/',
  /** A commitment's own page, scoped under its plan. */
  commitment: (plan: string, id: string) => `${plan}/commitments/${id}/`,
  planCommitments: (plan: string) => `${plan}/commitments/`,
  /** The RSS feed of the plan's status updates. */
  statusFeed: (plan: string) => `${plan}/commitments/updates.xml`,
  /** The RSS feed of one commitment: its status updates, reviews and corrections. */
  commitmentFeed: (plan: string, id: string) => `${plan}/commitments/${id}/feed.xml`,
  /** The RSS feed of one road: its commitments' status updates, reviews and corrections of its pages. */
  roadFeed: (plan: string, road: string) => `${plan}/${road}/feed.xml`,
  status: () => 'status/',
  corrections: () => 'corrections/',
  /** The places the plans name, and each place's own page. */
  places: () => 'places/',
  place: (id: string) => `places/${id}/`,
  /** The RSS feed of one place: the plans that name it, its commitments' status updates and reviews, corrections. */
  placeFeed: (id: string) => `places/${id}/feed.xml`,
} as const;

/** Anchor id of a paragraph on its page: stable as long as the paragraph order is. */
export const paragraphId = (number: number, prefix = '') => `${prefix}p${number}`;

/** Previous and next items of a list, for pagination. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
