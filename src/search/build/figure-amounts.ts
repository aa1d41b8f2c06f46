/**
 * The figures the search reads: every measure of the commitments, with its amount as printed, value and unit.
 * The one place that knows where figures live in the commitments data.
 */
import type { FigureAmount } from '#src/search/figures.ts';
import type { Plan } from '#src/model/plan.ts';

export function figureAmounts(plan: Plan): FigureAmount[] {
  return plan.commitments.flatMap(({ measures }) =>
    measures.map(({ amount, value, unit, unitStated }) => ({ amount, value, unit, unitStated })),
  );
}
