/**
 * The figures the search reads: every amount of the commitments with its value and unit.
 * The one place that knows where figures live in the commitments data.
 */
import type { FigureAmount } from '../lib/search-figures.ts';
import type { Plan } from './plan.ts';

export function figureAmounts(plan: Plan): FigureAmount[] {
  return plan.commitments.flatMap(({ amount, value, unit }) =>
    amount !== undefined && value !== undefined && unit !== undefined ? [{ amount, value, unit }] : [],
  );
}
