import { describe, expect, it } from 'vitest';
import { chartGeometry, countByRoadAndType, niceStep, niceTicks, type ChartRow } from '#src/model/commitment-chart.ts';
import { COMMITMENT_TYPES } from '#src/schemas/commitment.ts';

const commitments = [
  { road: 'a', type: 'investment' },
  { road: 'a', type: 'investment' },
  { road: 'a', type: 'social' },
  { road: 'b', type: 'reform' },
  { road: 'c', type: 'urban' }, // not a road of the chart
] as const;

describe('countByRoadAndType', () => {
  const rows = countByRoadAndType(commitments, ['b', 'a', 'empty']);

  it('keeps the order of the road slugs, including roads with no commitment', () => {
    expect(rows.map((row) => row.road)).toEqual(['b', 'a', 'empty']);
  });
  it('counts each road and type', () => {
    expect(rows[1].counts.investment).toBe(2);
    expect(rows[1].counts.social).toBe(1);
    expect(rows[0].counts.reform).toBe(1);
  });
  it('has every type in every row, zero where none', () => {
    for (const row of rows) expect(Object.keys(row.counts)).toEqual([...COMMITMENT_TYPES]);
    expect(rows[1].counts.urban).toBe(0);
    expect(Object.values(rows[2].counts).every((count) => count === 0)).toBe(true);
  });
  it('totals the counts of each row and ignores other roads', () => {
    for (const row of rows) expect(row.total).toBe(Object.values(row.counts).reduce((a, b) => a + b, 0));
    expect(rows.map((row) => row.total)).toEqual([1, 3, 0]);
  });
});

describe('nice ticks', () => {
  it.each([
    [28, 5],
    [7, 2],
    [6, 1],
    [12, 2],
    [60, 10],
    [0, 1],
    [1, 1],
  ])('the step for a maximum of %d is %d', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });
  it('starts at 0 and covers the maximum', () => {
    expect(niceTicks(28)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(30)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(0)).toEqual([0, 1]);
    for (const max of [1, 3, 9, 17, 28, 99, 134]) expect(niceTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
  });
});

describe('chartGeometry', () => {
  const row = (road: string, counts: Partial<ChartRow['counts']>): ChartRow => {
    const [full] = countByRoadAndType([], [road]);
    Object.assign(full.counts, counts);
    return { ...full, total: Object.values(full.counts).reduce((a, b) => a + b, 0) };
  };
  const rows = [row('a', { investment: 6, social: 3 }), row('b', { reform: 1, industry: 2, 'opening-up': 4 }), row('c', {})];
  const geometry = chartGeometry(rows, { width: 640, marginLeft: 10, marginRight: 30 });
  const { plot } = geometry;
  const unit = (plot.right - plot.left) / geometry.ticks.at(-1)!.value;

  it('uses the fixed width and a tick axis that covers the largest total', () => {
    expect(geometry.width).toBe(640);
    expect(plot).toMatchObject({ left: 10, right: 610 });
    expect(geometry.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(geometry.ticks[0].x).toBe(plot.left);
    expect(geometry.ticks.at(-1)!.x).toBe(plot.right);
    expect(geometry.height).toBeGreaterThan(plot.bottom);
  });
  it('draws one bar per road, in order, one below the other', () => {
    expect(geometry.bars.map((bar) => bar.road)).toEqual(['a', 'b', 'c']);
    for (const [index, bar] of geometry.bars.entries()) {
      expect(bar.labelY).toBeLessThan(bar.y);
      if (index > 0) expect(bar.labelY).toBeGreaterThan(geometry.bars[index - 1].y + geometry.bars[index - 1].height);
      expect(bar.y + bar.height).toBeLessThanOrEqual(plot.bottom);
    }
  });
  it('stacks segments of the types present, in type order, each as wide as its count', () => {
    const [a, b, c] = geometry.bars;
    expect(a.segments.map((s) => [s.type, s.count])).toEqual([
      ['investment', 6],
      ['social', 3],
    ]);
    expect(b.segments.map((s) => s.type)).toEqual(['industry', 'reform', 'opening-up']);
    expect(c.segments).toEqual([]);
    for (const bar of geometry.bars) {
      for (const segment of bar.segments) expect(segment.width).toBeCloseTo(segment.count * unit, 1);
      for (const [index, segment] of bar.segments.entries()) {
        const previous = bar.segments[index - 1];
        expect(segment.x).toBeCloseTo(previous ? previous.x + previous.width : plot.left, 5);
      }
    }
  });
  it('makes the segments of a bar add up to the width of its total', () => {
    for (const bar of geometry.bars) {
      const width = bar.segments.reduce((sum, segment) => sum + segment.width, 0);
      expect(width).toBeCloseTo(bar.total * unit, 1);
      expect(plot.left + width).toBeCloseTo(bar.end, 5);
    }
    expect(geometry.bars[0].end).toBeCloseTo(plot.left + 9 * unit, 1);
    expect(geometry.bars[2].end).toBe(plot.left);
  });
  it('draws an empty chart without dividing by zero', () => {
    const empty = chartGeometry([row('a', {})]);
    expect(empty.ticks.map((tick) => tick.value)).toEqual([0, 1]);
    expect(empty.bars[0].end).toBe(empty.plot.left);
  });
});
