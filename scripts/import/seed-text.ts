/**
 * Reading a plan's text: UTF-8, or GB18030 (GBK, GB2312), in which Chinese government texts often come. GB18030 is
 * converted with the WHATWG decoder built into Node, and the import says so; any other encoding is refused, naming
 * the line of the first byte that is neither. Never a lossy read: a wrong byte would be published as U+FFFD.
 */
import { readFileSync } from 'node:fs';
import { decodeGb18030, decodeUtf8, firstNonUtf8Line, notUtf8Reason } from '#src/loaders/utf8-text.ts';
import { ImportError } from './import-error.ts';

export interface SeedText {
  text: string;
  /** The encoding the file was in; the text is always a JavaScript (UTF-16) string. */
  encoding: 'UTF-8' | 'GB18030';
}

export function readSeedText(path: string): SeedText {
  const bytes = readFileSync(path);
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const gb18030 = decodeGb18030(bytes);
  if (gb18030 !== undefined) return { text: gb18030, encoding: 'GB18030' };
  throw new ImportError(`${path}: line ${firstNonUtf8Line(bytes)}: the text is neither UTF-8 nor GB18030 (GBK): save it as UTF-8`);
}

/** An editor's file (structure.yaml, overrides.yaml), which must be UTF-8; the caller names the file (inFile). */
export function readUtf8(path: string): string {
  const bytes = readFileSync(path);
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new ImportError(notUtf8Reason(bytes));
  return text;
}
