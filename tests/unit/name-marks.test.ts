/** “English name unconfirmed” marks: the first mention on a page only, text unchanged, after a link when the name ends in one. */
import { describe, expect, it } from 'vitest';
import { markUnconfirmedNames } from '#src/model/name-marks.ts';
import type { Segment } from '#src/model/term-links.ts';

const names = [
  { id: 'taifeng-hydraulic', forms: ['Taifeng Hydraulic'] },
  { id: 'innovation-valley-group', forms: ['Innovation Valley Group'] },
];
const text = (paragraphs: Segment[][]) => paragraphs.map((segments) => segments.map((segment) => segment.text).join(''));

describe('markUnconfirmedNames', () => {
  it('marks the first mention on the page and leaves the text as it was', () => {
    const paragraphs: Segment[][] = [[{ text: 'No name here.' }], [{ text: "and Taifeng Hydraulic's project; Taifeng Hydraulic again" }]];
    const marked = markUnconfirmedNames(paragraphs, names);
    expect(text(marked)).toEqual(text(paragraphs));
    expect(marked[1]).toEqual([
      { text: 'and Taifeng Hydraulic' },
      { text: '', unconfirmedName: 'taifeng-hydraulic' },
      { text: "'s project; Taifeng Hydraulic again" },
    ]);
  });

  it('marks after a linked term when the name ends inside it, and only whole words in exact case', () => {
    const paragraphs: Segment[][] = [
      [{ text: 'taifeng hydraulic; the ' }, { text: 'Innovation Valley', term: 'innovation-valley' }, { text: ' Group.' }],
    ];
    expect(markUnconfirmedNames(paragraphs, names)[0]).toEqual([
      { text: 'taifeng hydraulic; the ' },
      { text: 'Innovation Valley', term: 'innovation-valley' },
      { text: ' Group' },
      { text: '', unconfirmedName: 'innovation-valley-group' },
      { text: '.' },
    ]);
    expect(markUnconfirmedNames([[{ text: 'Taifeng Hydraulics' }]], names)).toEqual([[{ text: 'Taifeng Hydraulics' }]]);
  });

  it('does not mark a name again that the page has already marked', () => {
    const marked = new Set(['taifeng-hydraulic']);
    expect(markUnconfirmedNames([[{ text: 'Taifeng Hydraulic' }]], names, marked)).toEqual([[{ text: 'Taifeng Hydraulic' }]]);
  });
});
