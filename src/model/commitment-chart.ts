/**
 * Counts and geometry for the “commitments per road, by type” chart: a horizontal stacked bar per road.
 * Pure: plain records in, numbers out; the component draws them as SVG.
 */
import { COMMITMENT_TYPES } from '#src/schemas/commitment.ts';

export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

/** One road's commitments: a count for every type (zero where none) and their total. */
export interface ChartRow {
  road: string;
  counts: Record<CommitmentType, number>;
  total: number;
}

/** Counts commitments per road and type, in the order of `roadSlugs`; commitments of other roads are ignored. */
export function countByRoadAndType(
  commitments: readonly { road: string; type: CommitmentType }[],
  roadSlugs: readonly string[],
): ChartRow[] {
  return roadSlugs.map((road) => {
    const counts = Object.fromEntries(COMMITMENT_TYPES.map((type) => [type, 0])) as Record<CommitmentType, number>;
    for (const commitment of commitments) if (commitment.road === road) counts[commitment.type] += 1;
    return { road, counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) };
  });
}

/** Layout in SVG user units; every field has a default. */
export interface ChartOptions {
  /** Width of the viewBox. */
  width?: number;
  /** Space above each bar for the road's label. */
  labelHeight?: number;
  barHeight?: number;
  /** Space below each bar, before the next label. */
  rowGap?: number;
  /** Space on the left of the plot, so the first tick label fits. */
  marginLeft?: number;
  /** Space on the right of the plot for the total after the longest bar. */
  marginRight?: number;
  /** Space below the last bar for the tick labels and the axis title. */
  axisHeight?: number;
  /** About how many tick intervals to aim for. */
  tickCount?: number;
}

export interface ChartSegment {
  type: CommitmentType;
  count: number;
  x: number;
  width: number;
}

export interface ChartBar {
  road: string;
  total: number;
  /** Baseline of the label above the bar. */
  labelY: number;
  y: number;
  height: number;
  /** Where the bar ends, for the total written after it. */
  end: number;
  /** Only the types with a count, in COMMITMENT_TYPES order, left to right. */
  segments: ChartSegment[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; x: number }[];
  bars: ChartBar[];
}

const DEFAULTS: Required<ChartOptions> = {
  width: 640,
  labelHeight: 36,
  barHeight: 28,
  rowGap: 12,
  marginLeft: 12,
  marginRight: 44,
  axisHeight: 72,
  tickCount: 6,
};

/** Rounds to hundredths, so the SVG stays short and adjacent segments share exact edges. */
const round = (value: number) => Math.round(value * 100) / 100;

/** A 1, 2 or 5 × 10ⁿ step (at least 1: counts are whole) giving about `count` intervals up to `max`. */
export function niceStep(max: number, count = DEFAULTS.tickCount): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw)!;
  return Math.max(1, step);
}

/** Ticks 0, step, 2·step, … up to the first multiple of the step at or above `max`. */
export function niceTicks(max: number, count = DEFAULTS.tickCount): number[] {
  const step = niceStep(max, count);
  const last = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: last / step + 1 }, (_, index) => index * step);
}

/** Positions of bars, segments and ticks for `rows`, on a linear scale from 0 to the last tick. */
export function chartGeometry(rows: readonly ChartRow[], options: ChartOptions = {}): ChartGeometry {
  const o = { ...DEFAULTS, ...options };
  const plot = { left: o.marginLeft, right: o.width - o.marginRight, top: 0, bottom: 0 };
  const values = niceTicks(Math.max(0, ...rows.map((row) => row.total)), o.tickCount);
  const scale = (plot.right - plot.left) / values[values.length - 1];
  const xOf = (value: number) => round(plot.left + value * scale);
  const rowHeight = o.labelHeight + o.barHeight + o.rowGap;

  const bars = rows.map((row, index): ChartBar => {
    const y = index * rowHeight + o.labelHeight;
    let start = 0;
    const segments = COMMITMENT_TYPES.filter((type) => row.counts[type] > 0).map((type): ChartSegment => {
      const count = row.counts[type];
      const segment = { type, count, x: xOf(start), width: round(xOf(start + count) - xOf(start)) };
      start += count;
      return segment;
    });
    return { road: row.road, total: row.total, labelY: y - o.labelHeight / 4, y, height: o.barHeight, end: xOf(row.total), segments };
  });

  plot.bottom = rows.length * rowHeight;
  return {
    width: o.width,
    height: plot.bottom + o.axisHeight,
    plot,
    ticks: values.map((value) => ({ value, x: xOf(value) })),
    bars,
  };
}
