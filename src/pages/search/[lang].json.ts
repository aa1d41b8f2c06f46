/**
 * /search/en.json and /search/zh.json: what the search page needs to understand a query in that
 * language's index (synonyms, filler words, the figures as that language writes them, and, for
 * English, the pages' words for spelling and “Did you mean …?”). Fetched with the first search.
 * A synonym that leads to no word of the English pages stops the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_KEYS, type Locale } from '../../i18n/locales.ts';
import { getPlans } from '../../data/plan.ts';
import { figureAmounts } from '../../data/search-figures.ts';
import { loadFiller, loadSynonyms, SYNONYMS_FILE } from '../../data/search-words.ts';
import { buildLexicon } from '../../lib/search-lexicon.ts';
import { isKnown } from '../../lib/search-expand.ts';

export const getStaticPaths = (() => LOCALE_KEYS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** The English text a reader can find in every plan: titles, summaries, paragraphs, commitments and the glossary. */
async function englishTexts(): Promise<string[]> {
  const plans = await getPlans();
  // A page whose translation is still in preparation has no English words yet.
  const page = (en?: { title: string; summary: string; paragraphs: string[]; name?: string }) =>
    en ? [en.name ?? '', en.title, en.summary, ...en.paragraphs] : [];
  return [
    ...plans.flatMap((plan) => [
      ...page(plan.en),
      ...plan.roads.flatMap((road) => page(road.en)),
      ...plan.initiatives.flatMap((initiative) => page(initiative.en)),
      ...plan.commitments.map((commitment) => commitment.en),
    ]),
    ...plans[0].glossary.flatMap((entry) => [entry.literal, entry.en, ...entry.enForms]),
  ];
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const [plans, synonyms, filler, texts] = await Promise.all([getPlans(), loadSynonyms(), loadFiller(), englishTexts()]);
  const figures = plans.flatMap(figureAmounts);
  const lexicon = buildLexicon({ locale, synonyms, filler: filler[locale], glossary: plans[0].glossary, figures, texts });
  if (locale === 'en') {
    const known = new Set(lexicon.words);
    const allText = texts.join(' ').toLowerCase().replace(/\s+/gu, ' ');
    synonyms.forEach((group, index) => {
      const site = group.site.toLowerCase();
      const missing = allText.includes(site) ? [] : site.split(/[\s-]+/u).filter((word) => !isKnown(word, known));
      if (missing.length > 0)
        throw new Error(`${SYNONYMS_FILE}: \`${index}.site\`: “${group.site}” is not on the English pages (${missing.join(', ')})`);
    });
  }
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
