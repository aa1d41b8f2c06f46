/**
 * `npm run bench:tests`: times `npm test` on a site with three times the pages, to see whether the 5-minute budget
 * still holds as the site grows. Copies the project (tools/lib/astro-build.ts: node_modules linked), copies the plan folder twice more
 * as further plans (tools/bench/plan-copies.ts), and runs `npm test` there, which prints each suite's time. The
 * tests about one plan hold for the reference plan (tests/reference-plan.ts), so the run passes as it does on the
 * real site. PLAN_COPIES sets the number of plans (3). As long as `npm test`; run it on an idle machine.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { addPlanCopies } from './bench/plan-copies.ts';
import { buildEnv, projectCopy } from './lib/astro-build.ts';

const plans = Number(process.env.PLAN_COPIES ?? 3);
if (!Number.isInteger(plans) || plans < 1) {
  console.error(`PLAN_COPIES must be a whole number of at least 1, not “${process.env.PLAN_COPIES}”`);
  process.exit(2);
}

const root = projectCopy();
const removeCopy = () => rmSync(root, { recursive: true, force: true });
addPlanCopies(join(root, 'content'), plans);
console.log(`npm test with ${plans} plans (eight-roads and ${plans - 1} copies) in ${root}`);
// The copy's own Astro cache: node_modules is the checkout's, and Astro's default cache is in it. And no E2E_PORT from
// the caller's shell: the browser tests then take a port derived from the copy's path, not the checkout's.
const env = buildEnv({ CACHE_DIR: join(root, '.astro/cache') }); // in .astro/, which the format check and lint skip
delete env.E2E_PORT;
const start = performance.now();
const child = spawn('npm', ['test'], { cwd: root, stdio: 'inherit', env });
// Ctrl-C reaches npm test too (same process group); the copy is removed once it has stopped.
process.on('SIGINT', () => undefined);
child.on('exit', (code, signal) => {
  const seconds = (performance.now() - start) / 1000;
  const outcome = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
  console.log(`npm test with ${plans} plans: ${outcome} in ${seconds.toFixed(0)} s wall`);
  removeCopy();
  process.exitCode = code ?? 1;
});
