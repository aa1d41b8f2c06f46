/**
 * Figures in running text linked to their commitment's page, added at build time on top of the
 * glossary links (src/model/term-links.ts). Pure: it splits segments and never changes a character.
 */
import type { Segment } from './term-links.ts';

/** A stretch of a paragraph, by character offsets, that links to a page. */
export interface FigureRange {
  start: number;
  end: number;
  href: string;
  /** The commitment id, for tests and styling. */
  figure: string;
}

export type LinkedSegment =
  Segment | { text: string; term?: undefined; place?: undefined; unconfirmedName?: undefined; figure: string; href: string };

/**
 * Where each phrase's figure sits in a paragraph: the phrase is found in the text, then the amount
 * inside the phrase, so “10个” links the right one of two. Figures not found are left out.
 */
export function figureRanges(
  text: string,
  figures: readonly { phrase: string; amount: string; href: string; figure: string }[],
): FigureRange[] {
  const ranges: FigureRange[] = [];
  for (const { phrase, amount, href, figure } of figures) {
    const phraseAt = text.indexOf(phrase);
    const amountIn = phraseAt < 0 ? -1 : phrase.indexOf(amount);
    if (amountIn < 0) continue;
    const start = phraseAt + amountIn;
    if (ranges.some((range) => start < range.end && range.start < start + amount.length)) continue;
    ranges.push({ start, end: start + amount.length, href, figure });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Splits plain segments at the figure ranges; a figure inside a glossary link stays part of that link. */
export function linkFigures(segments: readonly Segment[], ranges: readonly FigureRange[]): LinkedSegment[] {
  const result: LinkedSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const segmentStart = offset;
    const segmentEnd = offset + segment.text.length;
    offset = segmentEnd;
    const inside = segment.term || segment.place ? [] : ranges.filter((range) => range.start >= segmentStart && range.end <= segmentEnd);
    if (inside.length === 0) {
      result.push(segment);
      continue;
    }
    let cursor = segmentStart;
    for (const range of inside) {
      if (range.start > cursor) result.push({ text: segment.text.slice(cursor - segmentStart, range.start - segmentStart) });
      result.push({
        text: segment.text.slice(range.start - segmentStart, range.end - segmentStart),
        figure: range.figure,
        href: range.href,
      });
      cursor = range.end;
    }
    if (cursor < segmentEnd) result.push({ text: segment.text.slice(cursor - segmentStart) });
  }
  return result;
}
