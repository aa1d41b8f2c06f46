/**
 * One term, one rendering, on every page and in every commitment: titles, summaries, paragraphs and commitments
 * use the glossary's English forms; titles, paragraphs and commitments use the English proper names. (A summary
 * paraphrases, so names are not required there.) The matching itself is consistent-renderings.ts.
 */
import type { ContentToCheck, SourceFile } from './content-to-check.ts';
import { checkRenderings, type Rendering, type TextPair } from './consistent-renderings.ts';
import { pageTextPairs, unknownExceptionFields } from './page-text-pairs.ts';
import { problem } from './problem.ts';

/** The glossary as renderings for consistent-renderings.ts: each term's Chinese forms and its English forms. */
export function glossaryRenderings(glossary: ContentToCheck['glossary']): Rendering[] {
  return glossary.map(({ id, data }) => ({ id, zh: [data.zh, ...data.aliases], en: data.enForms }));
}

/** Proper names as renderings: the Chinese name and aliases, the English name and its other accepted forms. */
export function nameRenderings(names: NonNullable<ContentToCheck['names']>): Rendering[] {
  return names.map(({ id, data }) => ({ id, zh: [data.zh, ...data.aliases], en: [data.en, ...data.enForms] }));
}

/** Terms and names rendered consistently; exceptions and translator's notes point at a field or paragraph that exists. */
export function checkPageRenderings(content: ContentToCheck): string[] {
  const originals: SourceFile<{ heading?: string; paragraphs: string[] }>[] = [
    { ...content.plan, data: { heading: content.plan.data.title, paragraphs: content.plan.data.lede } },
    ...content.roads,
    ...content.initiatives,
  ];
  const termPairs: TextPair[] = [];
  const namePairs: TextPair[] = [];
  const problems: string[] = [];
  for (const original of originals) {
    const translation = content.translations.get(original.filePath);
    if (!translation) continue;
    const { filePath, data } = translation;
    const count = original.data.paragraphs.length;
    problems.push(...unknownExceptionFields(`${filePath}: \`termExceptions\``, count, data.termExceptions ?? []));
    problems.push(...unknownExceptionFields(`${filePath}: \`nameExceptions\``, count, data.nameExceptions ?? []));
    for (const note of data.notes ?? []) {
      if (note.paragraph > count)
        problems.push(problem(filePath, 'notes', `a note for paragraph ${note.paragraph}, but the page has ${count}`));
    }
    termPairs.push(...pageTextPairs(filePath, original.data, data, data.termExceptions));
    namePairs.push(...pageTextPairs(filePath, original.data, data, data.nameExceptions, { summary: false }));
  }
  // Commitments quote the article and render it in English: the same terms and names, the same forms.
  for (const { id, filePath, data } of content.commitments) {
    const pair = { file: `${filePath} (${id}): \`en\``, zh: data.zh, en: data.en };
    termPairs.push(pair);
    namePairs.push(pair);
  }
  problems.push(...checkRenderings(termPairs, glossaryRenderings(content.glossary)));
  if (content.names) {
    problems.push(...checkRenderings(namePairs, nameRenderings(content.names), { kind: 'name', caseSensitive: true }));
  }
  return problems;
}
