/**
 * Each language's search lexicon, built from the plans and the word lists in content/search/, and the check that
 * every search synonym leads to a word of the English pages. Takes the plans as input, so the content check
 * (src/model/plan.ts) can run the synonym check with its own, and src/pages/search/[lang].json.ts can serve the lexicon.
 */
import type { Locale } from '#src/i18n/locales.ts';
import { buildLexicon } from '#src/search/lexicon.ts';
import { isKnown, type SearchLexicon } from '#src/search/expand.ts';
import { figureAmounts } from './figure-amounts.ts';
import { loadFiller, loadSynonyms, SYNONYMS_FILE } from './word-lists.ts';
import type { Plan } from '#src/model/plan.ts';

/** The English text a reader can find in every plan: titles, summaries, paragraphs, commitments and the glossary. */
function englishTexts(plans: Plan[]): string[] {
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
    ...plans[0].glossary.flatMap((entry) => [entry.literal, entry.explanation.en, ...entry.enForms]),
  ];
}

/** What both lexicons are built from: the word lists, read once, and the plans' English text, figures and glossary. */
async function lexiconSources(plans: Plan[]) {
  const [synonyms, filler] = await Promise.all([loadSynonyms(), loadFiller()]);
  return { synonyms, filler, glossary: plans[0].glossary, figures: plans.flatMap(figureAmounts), texts: englishTexts(plans) };
}

const lexiconFrom = (locale: Locale, { filler, ...sources }: Awaited<ReturnType<typeof lexiconSources>>) =>
  buildLexicon({ locale, filler: filler[locale], ...sources });

/** The lexicon the search page of `locale` reads (see src/search/lexicon.ts). */
export async function searchLexicon(locale: Locale, plans: Plan[]): Promise<SearchLexicon> {
  return lexiconFrom(locale, await lexiconSources(plans));
}

/** Search synonyms whose site word is on no English page, one problem each, naming the file and the entry. */
export async function synonymProblems(plans: Plan[]): Promise<string[]> {
  const sources = await lexiconSources(plans);
  const known = new Set(lexiconFrom('en', sources).words);
  const allText = sources.texts.join(' ').toLowerCase().replace(/\s+/gu, ' ');
  return sources.synonyms.flatMap((group, index) => {
    const site = group.site.toLowerCase();
    const missing = allText.includes(site) ? [] : site.split(/[\s-]+/u).filter((word) => !isKnown(word, known));
    return missing.length > 0
      ? [`${SYNONYMS_FILE}: \`${index}.site\`: “${group.site}” is not on the English pages (${missing.join(', ')})`]
      : [];
  });
}
