/** Every Chinese page has its English file, with as many paragraphs, and every English file has its Chinese page. */
import { planTranslationState, type ContentToCheck, type SourceFile } from './content-to-check.ts';
import { problem } from './problem.ts';

/** Where the English translation of a Chinese content file lives. */
export function translationPathFor(chinesePath: string): string {
  return chinesePath.replace(/\/zh\//u, '/en/');
}

function checkTranslation(
  original: SourceFile<unknown>,
  paragraphs: string[],
  translations: ContentToCheck['translations'],
  needsName: boolean,
  inProgress = false,
): string[] {
  const expected = translationPathFor(original.filePath);
  const translation = translations.get(original.filePath);
  if (!translation) return inProgress ? [] : [problem(expected, 'file', `missing English translation of ${original.filePath}`)];
  const problems: string[] = [];
  if (translation.data.paragraphs.length !== paragraphs.length) {
    problems.push(
      problem(
        translation.filePath,
        'paragraphs',
        `has ${translation.data.paragraphs.length} paragraphs; the Chinese original ${original.filePath} has ${paragraphs.length}`,
      ),
    );
  }
  if (needsName && !translation.data.name) problems.push(problem(translation.filePath, 'name', 'a road needs a short English name'));
  return problems;
}

/** Missing English files (unless the plan's translation is in progress), paragraph counts, road names, orphans. */
export function checkTranslationFiles(content: ContentToCheck): string[] {
  const problems: string[] = [];
  const inProgress = planTranslationState(content) === 'in-progress';
  problems.push(...checkTranslation(content.plan, content.plan.data.lede, content.translations, false, inProgress));
  for (const road of content.roads) problems.push(...checkTranslation(road, road.data.paragraphs, content.translations, true, inProgress));
  for (const initiative of content.initiatives) {
    problems.push(...checkTranslation(initiative, initiative.data.paragraphs, content.translations, false, inProgress));
  }
  for (const orphan of content.orphanTranslations) {
    problems.push(problem(orphan.filePath, 'file', `translates ${orphan.filePath.replace('/en/', '/zh/')}, which does not exist`));
  }
  return problems;
}
