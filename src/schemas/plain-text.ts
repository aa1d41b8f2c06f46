/**
 * Rules every published text follows, whatever its field: no invisible or bidirectional control characters (they
 * reach the page and its <title> unseen, and U+202E reverses what a reader sees), not empty once those are set
 * aside, and no longer than a limit that no real text comes near (a runaway paste would build a page of megabytes).
 * Spaces are allowed, U+00A0 NO-BREAK SPACE and U+3000 IDEOGRAPHIC SPACE among them, and tab and line breaks.
 * Pure; used by the status schema and by the content checks (src/checks/text-characters.ts).
 */
import { z } from 'astro/zod';

/** Longest text allowed, in characters, by kind: headings and names, paragraphs, and the rest (summaries, notes, commitments). */
export const TEXT_LIMITS = { heading: 1_000, paragraph: 20_000, note: 5_000 } as const;
export type TextKind = keyof typeof TEXT_LIMITS;

/** Format characters (zero-width, bidi marks, embeddings, overrides and isolates), line and paragraph separators, controls. */
const INVISIBLE = /[[\p{Cf}\p{Zl}\p{Zp}\p{Cc}]--[\t\n\r]]/v;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gv');

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

/** “U+200B ZERO WIDTH SPACE”. */
function characterName(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${hex} ${NAMES[code] ?? (/\p{Cc}/u.test(char) ? 'a control character' : 'an invisible format character')}`;
}

/**
 * The first invisible character of a text, named with its position (counting characters from 1) and the words
 * before it, and how many more there are; undefined when there is none.
 */
export function invisibleCharacters(text: string): string | undefined {
  const chars = [...text];
  const at = chars.findIndex((char) => INVISIBLE.test(char));
  if (at < 0) return undefined;
  const count = chars.filter((char) => INVISIBLE.test(char)).length;
  const before = chars.slice(Math.max(0, at - 12), at).join('');
  return `${characterName(chars[at])} at character ${at + 1}${before === '' ? '' : ` (after “${before}”)`}${
    count > 1 ? `, and ${count - 1} more invisible character${count > 2 ? 's' : ''}` : ''
  }: invisible and bidirectional control characters are not allowed (spaces, U+00A0 and U+3000 are)`;
}

/** What is wrong with one text, as messages (empty when nothing is); positions count characters from 1. */
export function textProblems(text: string, kind: TextKind): string[] {
  if (text.replace(INVISIBLE_ALL, '').trim() === '') {
    return [text === '' ? 'is empty' : 'is empty: it holds only spaces or invisible characters'];
  }
  const problems: string[] = [];
  const chars = [...text];
  const invisible = invisibleCharacters(text);
  if (invisible !== undefined) problems.push(invisible);
  if (chars.length > TEXT_LIMITS[kind]) {
    problems.push(`is ${chars.length.toLocaleString('en-US')} characters long; the limit is ${TEXT_LIMITS[kind].toLocaleString('en-US')}`);
  }
  return problems;
}

/** A string field held to textProblems. */
export const plainText = (kind: TextKind) =>
  z.string().superRefine((text, context) => {
    for (const message of textProblems(text, kind)) context.addIssue({ code: 'custom', message });
  });
