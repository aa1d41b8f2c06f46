/**
 * `npm test`: every suite in order, each one's name and duration printed, stopping at the first failure.
 * The order puts the cheapest checks first, and the build before the suites that read dist/.
 */
import { spawnSync } from 'node:child_process';

const SUITES = [
  { name: 'types', script: 'check' },
  { name: 'lint', script: 'lint' },
  { name: 'format', script: 'format:check' },
  { name: 'unit', script: 'test:unit' },
  { name: 'build', script: 'build:strict' },
  { name: 'dist', script: 'test:dist' },
  { name: 'browser', script: 'test:e2e' },
] as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timings: string[] = [];
const started = performance.now();
let failed = 0;

for (const { name, script } of SUITES) {
  console.log(`\n▶ ${name} (npm run ${script})`);
  const start = performance.now();
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  const took = performance.now() - start;
  timings.push(`${name.padEnd(8)} ${seconds(took).padStart(8)}  ${status === 0 ? 'ok' : 'FAILED'}`);
  console.log(`◀ ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${seconds(took)}`);
  if (status !== 0) {
    failed = 1;
    break;
  }
}

console.log(
  `\nnpm test, per suite:\n${timings.map((line) => `  ${line}`).join('\n')}\n  total    ${seconds(performance.now() - started).padStart(8)}`,
);
console.log(`suites: ${timings.length - failed} passed, ${failed} failed`);
process.exitCode = failed;
