/**
 * Which version of its Chinese an English file translates: a short hash of the Chinese heading and of
 * each Chinese paragraph, kept in the English file's `translates` field (written by
 * `npm run translations:stamp -- <file>`). When the Chinese changes, its hash no longer matches and
 * the translation of that part is out of date. Pure: no file access.
 */
import { createHash } from 'node:crypto';

/** The recorded hashes: of the Chinese heading (the plan's title) and of each paragraph, in order. */
export interface TranslatedVersion {
  heading: string;
  paragraphs: string[];
}

/** The Chinese parts a translation renders. */
export interface ChineseParts {
  heading: string;
  paragraphs: string[];
}

/**
 * Eight hex digits of the SHA-256 of the text, trimmed (the schemas trim paragraphs) and in Unicode NFC:
 * short, and a change to the words shows.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text.trim().normalize('NFC'), 'utf8').digest('hex').slice(0, 8);
}

export function versionOf(chinese: ChineseParts): TranslatedVersion {
  return { heading: textHash(chinese.heading), paragraphs: chinese.paragraphs.map(textHash) };
}

/** The parts whose Chinese changed since the translation was stamped: “title” and 1-based paragraph numbers. */
export function outdatedParts(chinese: ChineseParts, recorded: TranslatedVersion): { title: boolean; paragraphs: number[] } {
  return {
    title: textHash(chinese.heading) !== recorded.heading,
    paragraphs: chinese.paragraphs.flatMap((paragraph, index) => (textHash(paragraph) === recorded.paragraphs[index] ? [] : [index + 1])),
  };
}

const FIELD_COMMENT =
  '# The Chinese this file translates, one hash per part; after updating the translation, run: npm run translations:stamp -- <this file>';

/**
 * The English file's text with its `translates` field set to `version`: replaced where it is, or put
 * before `title:`. Only those lines change, so the rest of the file (and its merges) stays as it was.
 */
export function stampTranslation(text: string, version: TranslatedVersion): string {
  const block = [
    FIELD_COMMENT,
    'translates:',
    `  heading: "${version.heading}"`,
    version.paragraphs.length === 0 ? '  paragraphs: []' : '  paragraphs:',
    ...version.paragraphs.map((hash) => `    - "${hash}"`),
  ];
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^translates:/u.test(line));
  if (start >= 0) {
    let end = start + 1;
    while (end < lines.length && /^\s+\S/u.test(lines[end])) end += 1;
    const from = lines[start - 1] === FIELD_COMMENT ? start - 1 : start;
    lines.splice(from, end - from, ...block);
  } else {
    const title = lines.findIndex((line) => /^title:/u.test(line));
    if (title < 0) throw new Error('the file has no `title:` line to put `translates` before');
    lines.splice(title, 0, ...block);
  }
  return lines.join('\n');
}
