/**
 * /search/en.json and /search/zh.json: what the search page needs to understand a query in that
 * language's index (synonyms, filler words, the figures as that language writes them, and, for
 * English, the pages' words for spelling and “Did you mean …?”). Fetched with the first search.
 * A synonym that leads to no word of the English pages stops the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_KEYS, type Locale } from '../../i18n/locales.ts';
import { getPlan } from '../../data/plan.ts';
import { figureAmounts } from '../../data/search-figures.ts';
import { loadFiller, loadSynonyms, SYNONYMS_FILE } from '../../data/search-words.ts';
import { buildLexicon } from '../../lib/search-lexicon.ts';
import { isKnown } from '../../lib/search-expand.ts';

export const getStaticPaths = (() => LOCALE_KEYS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** The English text a reader can find: titles, summaries, paragraphs and the glossary. */
async function englishTexts(): Promise<string[]> {
  const plan = await getPlan();
  const page = (en: { title: string; summary: string; paragraphs: string[]; name?: string }) => [
    en.name ?? '',
    en.title,
    en.summary,
    ...en.paragraphs,
  ];
  return [
    ...page(plan.en),
    ...plan.roads.flatMap((road) => page(road.en)),
    ...plan.initiatives.flatMap((initiative) => page(initiative.en)),
    ...plan.glossary.flatMap((entry) => [entry.literal, entry.en, ...entry.enForms]),
    ...plan.commitments.map((commitment) => commitment.en),
  ];
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const [plan, synonyms, filler, texts] = await Promise.all([getPlan(), loadSynonyms(), loadFiller(), englishTexts()]);
  const lexicon = buildLexicon({ locale, synonyms, filler: filler[locale], glossary: plan.glossary, figures: figureAmounts(plan), texts });
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
