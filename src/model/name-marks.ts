/**
 * Marks the first mention on a page of each proper name whose English is unconfirmed (content/names.yaml),
 * after the glossary links are in place: an empty segment { unconfirmedName: id } follows the name.
 * Pure: the text itself is never changed; a name that ends inside a linked term is marked after the link.
 */
import type { Segment } from './term-links.ts';

export interface NameForms {
  id: string;
  /** English forms, matched in exact case and as whole words. */
  forms: string[];
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[A-Za-z0-9]/u.test(character);

/** End offset of the first whole-word occurrence of any form in `text`, or -1. */
function firstEnd(text: string, forms: string[]): number {
  let best = -1;
  let bestStart = Infinity;
  for (const form of forms) {
    let from = 0;
    for (let at = text.indexOf(form, from); at !== -1; at = text.indexOf(form, from)) {
      if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + form.length])) {
        if (at < bestStart || (at === bestStart && at + form.length > best)) [bestStart, best] = [at, at + form.length];
        break;
      }
      from = at + 1;
    }
  }
  return best;
}

/** Inserts a mark at character offset `end` of a paragraph's segments. */
function insertMark(segments: Segment[], end: number, id: string): Segment[] {
  const result: Segment[] = [];
  let offset = 0;
  let done = false;
  for (const segment of segments) {
    const start = offset;
    offset += segment.text.length;
    if (done || offset < end || (offset === end && segment.text.length === 0)) {
      result.push(segment);
      continue;
    }
    if (offset === end || segment.term !== undefined) {
      result.push(segment, { text: '', unconfirmedName: id });
    } else {
      result.push(
        { text: segment.text.slice(0, end - start) },
        { text: '', unconfirmedName: id },
        { text: segment.text.slice(end - start) },
      );
    }
    done = true;
  }
  return result;
}

/** Each name's first mention across the page's paragraphs gets a mark; `marked` carries names already marked on the page. */
export function markUnconfirmedNames(paragraphs: Segment[][], names: NameForms[], marked: Set<string> = new Set()): Segment[][] {
  const result = paragraphs.map((segments) => [...segments]);
  for (const name of names) {
    if (marked.has(name.id)) continue;
    for (let index = 0; index < result.length; index += 1) {
      const end = firstEnd(result[index].map((segment) => segment.text).join(''), name.forms);
      if (end === -1) continue;
      result[index] = insertMark(result[index], end, name.id);
      marked.add(name.id);
      break;
    }
  }
  return result;
}
