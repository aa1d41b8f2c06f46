/**
 * The Chinese and English texts of one page, paired for the rendering checks (consistent-renderings.ts):
 * heading with title, each paragraph with its translation, and the whole Chinese page with the summary
 * (a summary that leaves a term out says so in an exception).
 */
import type { RenderingException, TextPair } from './consistent-renderings.ts';

export interface PageOriginal {
  /** The Chinese heading (the plan's title); absent in some test records. */
  heading?: string;
  paragraphs: string[];
}

export interface PageTranslation {
  title?: string;
  summary?: string;
  paragraphs: string[];
}

/** Exceptions as written in a translation file: one reason for several ids in one field. */
export interface FieldExceptions {
  field: string;
  ids: string[];
  reason: string;
}

export function pageTextPairs(
  file: string,
  original: PageOriginal,
  translation: PageTranslation,
  exceptions: FieldExceptions[] = [],
  { summary = true }: { summary?: boolean } = {},
): TextPair[] {
  const exceptionsFor = (field: string): RenderingException[] =>
    exceptions.filter((entry) => entry.field === field).flatMap((entry) => entry.ids.map((id) => ({ id, reason: entry.reason })));
  const pair = (field: string, zh: string, en: string): TextPair => ({
    file: `${file}: \`${field}\``,
    zh,
    en,
    exceptions: exceptionsFor(field),
  });
  const pairs: TextPair[] = [];
  if (original.heading !== undefined && translation.title !== undefined) pairs.push(pair('title', original.heading, translation.title));
  if (summary && translation.summary !== undefined) pairs.push(pair('summary', original.paragraphs.join('\n'), translation.summary));
  original.paragraphs.forEach((paragraph, index) => {
    const english = translation.paragraphs[index];
    if (english !== undefined) pairs.push(pair(`p${index + 1}`, paragraph, english));
  });
  return pairs;
}

/** Exceptions naming a field the page does not have: they would silently never apply. */
export function unknownExceptionFields(file: string, paragraphCount: number, exceptions: FieldExceptions[]): string[] {
  const fields = new Set(['title', 'summary', ...Array.from({ length: paragraphCount }, (_, index) => `p${index + 1}`)]);
  return exceptions
    .filter((entry) => !fields.has(entry.field))
    .map((entry) => `${file}: exception for field “${entry.field}”, which the page does not have`);
}
