/** The kinds of page search can filter by: UI keys whose translation is the Pagefind filter value. */
export const PAGE_TYPES = [
  'search.typeRoad',
  'search.typeInitiative',
  'search.typeCommitment',
  'search.typeGlossary',
  'search.typePlace',
] as const;
