/**
 * `npm test`: every suite, each one's name and duration printed, stopping at the first failure.
 * The order puts the cheapest checks first, and the build before the suites that read dist/.
 * Suites in one step run side by side: only those that share no file being written (every astro process,
 * `astro check` included, rewrites .astro/, which the type-aware lint reads, so those never overlap). The first
 * suite of a step prints as it goes; the others' output is held and printed whole when each ends. A failure ends
 * the suites still running beside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Suite {
  name: string;
  script: string;
}

const STEPS: Suite[][] = [
  [
    { name: 'types', script: 'check' },
    { name: 'format', script: 'format:check' },
  ],
  [{ name: 'lint', script: 'lint' }],
  [{ name: 'unit', script: 'test:unit' }],
  [{ name: 'build', script: 'build:strict' }],
  [
    { name: 'browser', script: 'test:e2e' },
    { name: 'dist', script: 'test:dist' },
  ],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timings: string[] = [];
const started = performance.now();
let passed = 0;
let failed = 0;
/** The suites running now, and those a failure beside them ended. */
const running = new Set<ChildProcess>();
const stopped = new Set<ChildProcess>();

/** Ends every running suite with all it started (each is its own process group, Chromium included). */
function stopAll(): void {
  for (const child of running) {
    stopped.add(child);
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The suite ended on its own meanwhile.
    }
  }
}
// Detached suites get neither the terminal's Ctrl-C nor CI's stop: pass them on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exitCode = 130;
  });
}

/** Runs one suite; `live` streams its output, otherwise it is printed in one piece at the end. */
function run({ name, script }: Suite, live: boolean): Promise<boolean> {
  const header = `\n▶ ${name} (npm run ${script})${live ? '' : ', beside the suite above: its output follows when it ends'}`;
  console.log(header);
  const start = performance.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const held: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      running.delete(child);
      const took = seconds(performance.now() - start);
      const outcome = code === 0 ? 'ok' : stopped.has(child) ? 'stopped' : 'FAILED';
      if (!live) process.stdout.write(`${header.trimStart().replace(/, beside.*$/u, ' — its output:')}\n${Buffer.concat(held).toString()}`);
      timings.push(`${name.padEnd(8)} ${took.padStart(8)}  ${outcome}`);
      console.log(`◀ ${name}: ${outcome === 'FAILED' ? `failed (exit ${code})` : outcome} in ${took}`);
      if (outcome === 'ok') passed += 1;
      if (outcome === 'FAILED') failed += 1;
      resolve(code === 0);
    });
  });
}

for (const step of STEPS) {
  const results = await Promise.all(
    step.map((suite, index) =>
      run(suite, index === 0).then((ok) => {
        if (!ok) stopAll();
        return ok;
      }),
    ),
  );
  if (results.includes(false)) break;
}

console.log(
  `\nnpm test, per suite (suites in one step ran side by side):\n${timings.map((line) => `  ${line}`).join('\n')}\n  total    ${seconds(performance.now() - started).padStart(8)} wall`,
);
console.log(`suites: ${passed} passed, ${failed} failed`);
process.exitCode = process.exitCode || (failed > 0 || stopped.size > 0 ? 1 : 0);
