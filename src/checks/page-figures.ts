/**
 * Every figure of the Chinese is in its English rendering, correctly converted, and the English states
 * no figure of its own (see figures.ts): titles, names, paragraphs (¶N), summaries and commitments.
 */
import { pagesOf, planTranslationState, type ContentToCheck } from './content-to-check.ts';
import { compareFigures, describeFigures, describeUnits } from './figures.ts';
import type { Staleness } from './translation-staleness.ts';
import { problem } from './problem.ts';

/** One problem when the figures of an English text and its Chinese source differ, naming both figures. */
function figureProblem(
  file: string,
  field: string,
  chinese: string,
  english: string,
  complete: boolean,
  paragraph?: number,
  source = `“${chinese}”`,
): string[] {
  const { missing, extra, units } = compareFigures(chinese, english, { complete });
  if (missing.length === 0 && extra.length === 0 && units.length === 0) return [];
  const parts = [
    ...(missing.length > 0 ? [`the Chinese states ${describeFigures(missing)}, the English does not`] : []),
    ...(extra.length > 0 ? [`the English states ${describeFigures(extra)}, the Chinese does not`] : []),
    ...(units.length > 0 ? [`units differ: ${describeUnits(units)}`] : []),
  ];
  return [
    problem(file, field, `figures differ: ${parts.join('; ')} (Chinese: ${source})`, paragraph === undefined ? undefined : `¶${paragraph}`),
  ];
}

/** Figures of every English title, name, paragraph, summary and commitment against their Chinese. */
export function checkFigures(content: ContentToCheck, stale: Map<string, Staleness>): string[] {
  const problems: string[] = [];
  for (const [original, heading, name, paragraphs] of pagesOf(content)) {
    const translation = content.translations.get(original.filePath);
    if (!translation) continue; // reported by checkTranslationFiles
    const { filePath: file, data } = translation;
    // A part whose Chinese changed is reported as out of date (or pending), not compared.
    const staleness = stale.get(original.filePath);
    if (staleness?.unstamped && planTranslationState(content) === 'in-progress') continue;
    if (heading !== undefined && data.title !== undefined && !staleness?.title)
      problems.push(...figureProblem(file, 'title', heading, data.title, true));
    if (name !== undefined && data.name !== undefined && !staleness?.title)
      problems.push(...figureProblem(file, 'name', name, data.name, true));
    paragraphs.forEach((paragraph, index) => {
      const english = data.paragraphs[index];
      if (english !== undefined && !staleness?.paragraphs.includes(index + 1))
        problems.push(...figureProblem(file, 'paragraphs', paragraph, english, true, index + 1));
    });
    if (data.summary !== undefined && !staleness) {
      const chinese = [heading ?? '', name ?? '', ...paragraphs].join('\n');
      problems.push(...figureProblem(file, 'summary', chinese, data.summary, false, undefined, original.filePath));
    }
  }
  for (const { id, filePath, data } of content.commitments)
    problems.push(...figureProblem(`${filePath} (${id})`, 'en', data.zh, data.en, true));
  return problems;
}
