/**
 * The benchmarks' corpus: the real content, with the eight-roads folder copied `count - 1` times as further plans
 * (eight-roads-copy-2 …). A plan is a folder, so each copy builds as a plan of its own (tools/lib/plan-copy.ts).
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { copyPlan } from '#tools/lib/plan-copy.ts';

/** Adds the copies to a content folder that holds eight-roads, so that it has `count` plans. */
export function addPlanCopies(contentDir: string, count: number): void {
  for (let copy = 2; copy <= count; copy += 1) {
    copyPlan(join(contentDir, 'eight-roads'), join(contentDir, `eight-roads-copy-${copy}`));
  }
}

/** Copies content/ to `target` and adds the copies there. */
export function writePlanCopies(target: string, count: number): void {
  cpSync('content', target, { recursive: true });
  addPlanCopies(target, count);
}
