/** How the commitments table sorts its cells (src/client/table-sort.ts). */
import { describe, expect, it } from 'vitest';
import { compareCells } from '#src/client/table-sort.ts';

const cell = (text: string, sort?: string) => ({ textContent: text, dataset: sort === undefined ? {} : { sort } });

describe('compareCells', () => {
  it('sorts by data-sort as numbers when both cells have one', () => {
    expect(compareCells(cell('RMB 2 billion', '2000000000'), cell('RMB 760 million', '760000000'))).toBeGreaterThan(0);
  });
  it('sorts row numbers as numbers, not as text (9 before 10)', () => {
    expect(compareCells(cell('9'), cell('10'))).toBeLessThan(0);
    expect(
      ['10', '9', '100']
        .map((text) => cell(text))
        .sort(compareCells)
        .map((c) => c.textContent),
    ).toEqual(['9', '10', '100']);
  });
  it('sorts other text in the page’s language', () => {
    expect(compareCells(cell('Reform'), cell('Industry'), 'en')).toBeGreaterThan(0);
  });
});
