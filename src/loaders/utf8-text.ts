/**
 * Content files are UTF-8. A file in another encoding would be read as U+FFFD replacement characters and published
 * as garbage, so it is refused, naming the file, the line of the first byte that is not UTF-8, and GB18030 (GBK)
 * when the file reads cleanly as that: Chinese government texts often come in it.
 */
import { readFileSync } from 'node:fs';

/** The bytes decoded strictly as UTF-8, or undefined when they are not UTF-8 (a leading byte-order mark is dropped). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The bytes decoded strictly as GB18030 (a superset of GBK and GB2312), or undefined when they are not. */
export function decodeGb18030(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The 1-based line of the first byte that is not UTF-8 (where the lenient decoder puts its first U+FFFD). */
export function firstNonUtf8Line(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  return lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
}

/** Why bytes that are not UTF-8 were refused: the line of the first bad byte, and GB18030 when they read as that. */
export function notUtf8Reason(bytes: Uint8Array): string {
  const gb18030 = decodeGb18030(bytes) !== undefined ? '; it reads as GB18030 (GBK): convert it, e.g. iconv -f GB18030 -t UTF-8' : '';
  return `not UTF-8 text (the first byte that is not UTF-8 is on line ${firstNonUtf8Line(bytes)})${gb18030}; save it as UTF-8`;
}

/** The text of a content file's bytes, which must be UTF-8; `shown` is the path messages name. */
export function utf8Text(bytes: Uint8Array, shown: string): string {
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new Error(`${shown}: \`file\`: ${notUtf8Reason(bytes)}`);
  return text;
}

/** The text of a content file, which must be UTF-8; `shown` is the path messages name. */
export const readUtf8File = (absolute: string, shown: string): string => utf8Text(readFileSync(absolute), shown);
