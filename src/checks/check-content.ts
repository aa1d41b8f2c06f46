/**
 * Cross-file checks that Zod schemas cannot make, one rule family per file of this folder: every Chinese page has
 * its English page, references point at things that exist, slugs are unique, figures match their text, and no text
 * hides invisible characters or runs past its size limit.
 * Pure: takes plain records, returns problems as “file: `field`: what is wrong” (problem.ts).
 */
import type { ContentToCheck } from './content-to-check.ts';
import { checkTranslationFiles } from './translation-files.ts';
import { checkPageSlugs, checkReservedRoadSlugs } from './page-slugs.ts';
import { checkCommitmentIds, checkCommitmentSources, checkStatusReferences } from './commitments.ts';
import { checkTranslationVersions, staleTranslations } from './translation-staleness.ts';
import { checkFigures } from './page-figures.ts';
import { checkPageRenderings } from './page-renderings.ts';
import { checkTextCharacters } from './text-characters.ts';

/** Every problem of one plan's content, in a stable order. */
export function checkContent(content: ContentToCheck): string[] {
  const stale = staleTranslations(content);
  return [
    ...checkTranslationFiles(content),
    ...checkPageSlugs(content),
    ...checkCommitmentIds(content),
    ...checkReservedRoadSlugs(content),
    ...checkCommitmentSources(content),
    ...checkTranslationVersions(content, stale),
    ...checkFigures(content, stale),
    ...checkPageRenderings(content),
    ...checkStatusReferences(content),
    ...checkTextCharacters(content),
  ];
}
