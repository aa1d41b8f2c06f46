/**
 * The bench's corpus: the real content, with the eight-roads folder copied `count - 1` times as further plans
 * (eight-roads-copy-2 …). A plan is a folder, so copies build as independent plans with no other change.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { copyPlan } from '../lib/plan-copy.ts';

export function writePlanCopies(target: string, count: number): void {
  cpSync('content', target, { recursive: true });
  for (let copy = 2; copy <= count; copy += 1) {
    copyPlan(join(target, 'eight-roads'), join(target, `eight-roads-copy-${copy}`));
  }
}
