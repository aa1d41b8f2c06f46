/**
 * English files whose Chinese changed since they were stamped (translation-version.ts). In a complete plan each
 * one stops the build; in a plan whose translation is in progress the pages are marked pending instead.
 */
import { pagesOf, planTranslationState, type ContentToCheck } from './content-to-check.ts';
import { outdatedParts } from './translation-version.ts';
import { problem } from './problem.ts';

/** What of one English file no longer matches its Chinese. */
export interface Staleness {
  /** The English file. */
  file: string;
  /** The file records no version of the Chinese (never stamped). */
  unstamped: boolean;
  /** The Chinese heading changed since the translation was stamped. */
  title: boolean;
  /** 1-based paragraphs whose Chinese changed. */
  paragraphs: number[];
}

/** English files whose Chinese changed since they were stamped, by the path of the Chinese file. */
export function staleTranslations(content: ContentToCheck): Map<string, Staleness> {
  const stale = new Map<string, Staleness>();
  for (const [original, heading, , paragraphs] of pagesOf(content)) {
    const translation = content.translations.get(original.filePath);
    if (!translation) continue;
    const recorded = translation.data.translates;
    if (!recorded) {
      stale.set(original.filePath, { file: translation.filePath, unstamped: true, title: false, paragraphs: [] });
      continue;
    }
    const parts = outdatedParts({ heading: heading ?? '', paragraphs }, recorded);
    if (parts.title || parts.paragraphs.length > 0)
      stale.set(original.filePath, { file: translation.filePath, unstamped: false, ...parts });
  }
  return stale;
}

/**
 * In a complete plan, every English file records the Chinese it translates, and that Chinese has not
 * changed since. (In a plan whose translation is in progress, such pages are marked pending instead.)
 */
export function checkTranslationVersions(content: ContentToCheck, stale: Map<string, Staleness>): string[] {
  const problems: string[] = [];
  if (planTranslationState(content) === 'in-progress') return problems;
  for (const { file, unstamped, title, paragraphs } of stale.values()) {
    if (unstamped)
      problems.push(problem(file, 'translates', `missing: after checking the translation, run npm run translations:stamp -- ${file}`));
    if (title)
      problems.push(
        `translation out of date: ${file} title (the Chinese heading changed; update the English, then run npm run translations:stamp -- ${file})`,
      );
    for (const paragraph of paragraphs) {
      problems.push(
        `translation out of date: ${file} ¶${paragraph} (the Chinese changed; update the English, then run npm run translations:stamp -- ${file})`,
      );
    }
  }
  return problems;
}
