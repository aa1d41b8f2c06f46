/**
 * Reading a plan's text: UTF-8, or GB18030 (GBK, GB2312), in which Chinese government texts often come. GB18030 is
 * converted with the WHATWG decoder built into Node, and the import says so; any other encoding is refused, naming
 * the line of the first byte that is neither. Never a lossy read: a wrong byte would be published as U+FFFD.
 * Invisible and bidirectional control characters (src/schemas/plain-text.ts) are refused with their line.
 */
import { readFileSync } from 'node:fs';
import { decodeGb18030, decodeUtf8, firstNonUtf8Line, notUtf8Reason } from '#src/loaders/utf8-text.ts';
import { invisibleCharacters } from '#src/schemas/plain-text.ts';
import { ImportError } from './import-error.ts';

export interface SeedText {
  text: string;
  /** The encoding the file was in; the text is always a JavaScript (UTF-16) string. */
  encoding: 'UTF-8' | 'GB18030';
}

/**
 * Chinese prose: it has the commas and full stops of Chinese (，。、), and no private-use characters. Bytes in another
 * encoding (Latin-1 é before a letter) often decode to Chinese characters, but hardly ever to that punctuation.
 */
const readsAsChinese = (text: string) => /[，。、]/u.test(text) && !/\p{Co}/u.test(text);

export function readSeedText(path: string): SeedText {
  const bytes = readFileSync(path);
  const utf8 = decodeUtf8(bytes);
  const gb18030 = utf8 === undefined ? decodeGb18030(bytes) : undefined;
  const text = utf8 ?? gb18030;
  if (text === undefined)
    throw new ImportError(`${path}: line ${firstNonUtf8Line(bytes)}: the text is neither UTF-8 nor GB18030 (GBK): save it as UTF-8`);
  // Many byte sequences happen to be valid GB18030: a text in another encoding would decode to other characters.
  if (gb18030 !== undefined && !readsAsChinese(gb18030))
    throw new ImportError(
      `${path}: line ${firstNonUtf8Line(bytes)}: the text is not UTF-8, and read as GB18030 (GBK) it is not Chinese text: save it as UTF-8`,
    );
  // Invisible characters would reach the pages unseen (the build refuses them too, in the files written from here).
  text.split('\n').forEach((line, index) => {
    const invisible = invisibleCharacters(line.replace(/\r$/u, ''));
    if (invisible !== undefined) throw new ImportError(`${path}: line ${index + 1}: ${invisible}`);
  });
  return { text, encoding: utf8 === undefined ? 'GB18030' : 'UTF-8' };
}

/** An editor's file (structure.yaml, overrides.yaml), which must be UTF-8; the caller names the file (inFile). */
export function readUtf8(path: string): string {
  const bytes = readFileSync(path);
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new ImportError(notUtf8Reason(bytes));
  return text;
}
