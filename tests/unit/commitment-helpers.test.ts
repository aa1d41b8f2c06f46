/** The pure helpers behind the commitment pages: counts, previous/next siblings, the marked phrase. */
import { describe, expect, it } from 'vitest';
import { countBy } from '#src/model/commitment-counts.ts';
import { siblingsOf } from '#src/model/commitment-neighbours.ts';
import { splitAround } from '#src/model/highlight.ts';
import { figureRanges, linkFigures } from '#src/model/figure-ranges.ts';
import { statusFeedEntries, updateKey } from '#src/model/status-feed.ts';

describe('countBy', () => {
  it('counts every key, zeros included, and ignores values outside the keys', () => {
    const items = [{ status: 'announced' }, { status: 'announced' }, { status: 'completed' }, { status: 'other' }];
    expect([...countBy(items, 'status', ['announced', 'in-progress', 'completed'])]).toEqual([
      ['announced', 2],
      ['in-progress', 0],
      ['completed', 1],
    ]);
  });
});

describe('siblingsOf', () => {
  const all = [
    { id: 'a', road: 'r1', initiative: 'i1' },
    { id: 'b', road: 'r1' },
    { id: 'c', road: 'r1', initiative: 'i1' },
    { id: 'd', road: 'r2', initiative: 'i2' },
  ];
  it('keeps the commitments of the same initiative, in order', () => {
    expect(siblingsOf(all, all[2]).map((item) => item.id)).toEqual(['a', 'c']);
  });
  it('keeps a road’s own commitments apart from its initiatives’', () => {
    expect(siblingsOf(all, all[1]).map((item) => item.id)).toEqual(['b']);
  });
});

describe('splitAround', () => {
  it('splits at the first occurrence and joins back to the text', () => {
    expect(splitAround('推行标准地,启动10个园区。', '启动10个园区')).toEqual({ before: '推行标准地,', match: '启动10个园区', after: '。' });
  });
  it('leaves the text whole when the phrase is absent', () => {
    expect(splitAround('推行标准地。', '启动')).toEqual({ before: '推行标准地。', match: '', after: '' });
  });
});

describe('figure links', () => {
  const text = '新增高层次人才10名,省级以上人才平台10个。';
  const figures = [
    { phrase: '新增高层次人才10名,省级以上人才平台10个', amount: '10名', href: '/c/a/', figure: 'a' },
    { phrase: '新增高层次人才10名,省级以上人才平台10个', amount: '10个', href: '/c/a/', figure: 'a' },
  ];

  it('finds each amount inside its phrase', () => {
    expect(figureRanges(text, figures).map(({ start, end }) => text.slice(start, end))).toEqual(['10名', '10个']);
  });

  it('splits plain text around the figures and never changes a character', () => {
    const linked = linkFigures(
      [{ text: '新增' }, { text: '高层次人才', term: 'talent' }, { text: text.slice(7) }],
      figureRanges(text, figures),
    );
    expect(linked.map((segment) => segment.text).join('')).toBe(text);
    expect(linked.filter((segment) => 'href' in segment).map((segment) => segment.text)).toEqual(['10名', '10个']);
  });

  it('leaves a figure inside a glossary link to that link', () => {
    const linked = linkFigures([{ text, term: 'whole' }], figureRanges(text, figures));
    expect(linked).toEqual([{ text, term: 'whole' }]);
  });
});

describe('statusFeedEntries', () => {
  const update = (date: string, status: string) => ({ date, status });
  it('lists every update of every commitment, newest first', () => {
    const entries = statusFeedEntries([
      { id: 'a', updates: [update('2030-01-01', 'in-progress'), update('2031-06-01', 'completed')] },
      { id: 'b', updates: [update('2030-05-01', 'unclear')] },
      { id: 'c', updates: [] },
    ]);
    expect(entries.map(({ commitment, update: u }) => updateKey(commitment.id, u))).toEqual([
      'a-2031-06-01-completed',
      'b-2030-05-01-unclear',
      'a-2030-01-01-in-progress',
    ]);
  });
});
