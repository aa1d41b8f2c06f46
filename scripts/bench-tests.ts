/**
 * `npm run bench:tests`: times `npm test` on a site with three times the pages, issue 13's second case for its
 * 5 minutes. Copies the project (scripts/lib/astro-build.ts: node_modules linked), copies the plan folder twice more
 * as further plans (scripts/bench/plan-copies.ts), and runs `npm test` there, which prints each suite's time. The
 * tests about one plan hold for the reference plan (tests/reference-plan.ts), so the run passes as it does on the
 * real site. PLAN_COPIES sets the number of plans (3). Takes about 5 minutes; run it on an idle machine.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writePlanCopies } from './bench/plan-copies.ts';
import { projectCopy } from './lib/astro-build.ts';

const plans = Number(process.env.PLAN_COPIES ?? 3);
if (!Number.isInteger(plans) || plans < 1) {
  console.error(`PLAN_COPIES must be a whole number of at least 1, not “${process.env.PLAN_COPIES}”`);
  process.exit(2);
}

const root = projectCopy();
try {
  writePlanCopies(join(root, 'content'), plans);
  console.log(`npm test with ${plans} plans (eight-roads and ${plans - 1} copies) in ${root}`);
  const start = performance.now();
  const result = spawnSync('npm', ['test'], { cwd: root, stdio: 'inherit' });
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `npm test with ${plans} plans: ${result.status === 0 ? 'passed' : `FAILED (exit ${result.status})`} in ${seconds.toFixed(0)} s wall`,
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
