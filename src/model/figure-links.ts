/** The figures of a page's commitments as links in its Chinese paragraphs: the same data as the key figures and the commitment pages. */
import type { Locale } from '#src/i18n/locales.ts';
import { toFullWidthPunctuation } from './chinese-punctuation.ts';
import { figureRanges, linkFigures, type LinkedSegment } from './figure-ranges.ts';
import type { Segment } from './term-links.ts';
import { commitmentOwnHref } from './commitment-links.ts';
import type { Commitment } from './plan.ts';

/** Adds figure links to the segments of each shown Chinese paragraph (1-based paragraph numbers in `commitments`). */
export function withFigureLinks(
  locale: Locale,
  shownParagraphs: string[],
  segments: Segment[][],
  commitments: readonly Commitment[],
): LinkedSegment[][] {
  return segments.map((paragraphSegments, index) => {
    const figures = commitments
      .filter((commitment) => commitment.paragraph === index + 1)
      .flatMap((commitment) =>
        commitment.measures.map((measure) => ({
          phrase: toFullWidthPunctuation(commitment.zh),
          amount: toFullWidthPunctuation(measure.amount),
          href: commitmentOwnHref(locale, commitment),
          figure: commitment.id,
        })),
      );
    return linkFigures(paragraphSegments, figureRanges(shownParagraphs[index], figures));
  });
}
