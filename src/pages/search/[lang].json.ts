/**
 * /search/en.json and /search/zh.json: what the search page needs to understand a query in that
 * language's index (synonyms, filler words, the figures as that language writes them, and, for
 * English, the pages' words for spelling and “Did you mean …?”). Fetched with the first search.
 * Built by src/search/build/lexicons.ts; the content check has already refused a synonym for no word of the pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_KEYS, type Locale } from '#src/i18n/locales.ts';
import { getPlans } from '#src/model/plan.ts';
import { searchLexicon } from '#src/search/build/lexicons.ts';

export const getStaticPaths = (() => LOCALE_KEYS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lexicon = await searchLexicon(params.lang as Locale, await getPlans());
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
