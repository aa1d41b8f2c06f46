/**
 * `npm test`: every suite, each one's name and duration printed, stopping at the first failure.
 * Two suites run at a time (SUITES_AT_ONCE below). Each starts once the suites it waits for have passed and a place is
 * free, in the order of SUITES: the build before the suites that read dist/, and never two suites that write what the
 * other reads. `astro check` rewrites .astro/, which the type-aware lint reads: types, then lint. The build and the
 * unit suite's test builds run each in a copy of the project (tools/lib/astro-build.ts), so they write no .astro/ of
 * the checkout's. One suite at a time prints as it goes; the others' output is held and printed whole when each ends.
 * A failure ends the suites still running and starts no other.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

interface Suite {
  name: string;
  script: string;
  /** The suites that must have passed before this one starts. */
  after: string[];
}

const SUITES: Suite[] = [
  { name: 'build', script: 'build:strict', after: [] },
  { name: 'types', script: 'check', after: [] },
  { name: 'format', script: 'format:check', after: [] },
  { name: 'unit', script: 'test:unit', after: [] },
  { name: 'lint', script: 'lint', after: ['types'] },
  { name: 'browser', script: 'test:e2e', after: ['build'] },
  { name: 'dist', script: 'test:dist', after: ['build'] },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * CPU seconds used by this process's finished children (cutime + cstime in /proc/self/stat, Linux only): a suite's
 * whole process tree is counted when its npm ends, so the difference across one suite's end is that suite's CPU time.
 * The wall time alone says little on a shared machine; the CPU time says what the suite costs.
 */
function childCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After “pid (comm) ”, field 3 is index 0: cutime and cstime are fields 16 and 17, in clock ticks (100 a second).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}
let lastCpu = childCpuSeconds();
const timings: string[] = [];
const started = performance.now();
let passed = 0;
let failed = 0;
/** The suites running now, and those a failure beside them ended. */
const running = new Set<ChildProcess>();
const stopped = new Set<ChildProcess>();

/** Sends `signal` to a suite's process group, if it is still there. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // The suite ended on its own meanwhile.
  }
}

/**
 * Ends every running suite with all it started (each is its own process group, Chromium included). SIGINT, as Ctrl-C
 * would: Playwright then stops its web server, which runs in a process group of its own and outlived a SIGTERM, holding
 * the checkout's port so that the next run refused to start. SIGTERM follows for a suite still running 10 s later.
 */
function stopAll(): void {
  for (const child of running) {
    stopped.add(child);
    signalGroup(child, 'SIGINT');
    setTimeout(() => signalGroup(child, 'SIGTERM'), 10_000).unref();
  }
}
// Detached suites get neither the terminal's Ctrl-C nor CI's stop: pass them on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exitCode = 130;
  });
}

/** Whether a suite's output is streaming to the terminal now: only one at a time. */
let streaming = false;

/** Runs one suite; it streams its output if no other does, otherwise its output is printed in one piece at the end. */
function run({ name, script }: Suite): Promise<boolean> {
  const live = !streaming;
  if (live) streaming = true;
  const header = `\n▶ ${name} (npm run ${script})${live ? '' : ', beside the suite printing: its output follows when it ends'}`;
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
      if (live) streaming = false;
      const took = seconds(performance.now() - start);
      const cpuNow = childCpuSeconds();
      const cpu = cpuNow === undefined || lastCpu === undefined ? '' : `  ${(cpuNow - lastCpu).toFixed(0).padStart(4)} CPU-s`;
      lastCpu = cpuNow;
      const outcome = code === 0 ? 'ok' : stopped.has(child) ? 'stopped' : 'FAILED';
      if (!live) process.stdout.write(`${header.trimStart().replace(/, beside.*$/u, ' — its output:')}\n${Buffer.concat(held).toString()}`);
      timings.push(`${name.padEnd(8)} ${took.padStart(8)}${cpu}  ${outcome}`);
      console.log(`◀ ${name}: ${outcome === 'FAILED' ? `failed (exit ${code})` : outcome} in ${took}`);
      if (outcome === 'ok') passed += 1;
      if (outcome === 'FAILED') failed += 1;
      resolve(code === 0);
    });
  });
}

/**
 * At most two suites at once (TEST_SUITES_AT_ONCE overrides it). Each suite already uses both cores (two Vitest
 * workers, two Playwright workers); more suites at once only add switching between busy processes, which costs CPU
 * time on a 2-core machine (docs/testing.md).
 */
const SUITES_AT_ONCE = Number(process.env.TEST_SUITES_AT_ONCE ?? 2);
// 0 or a word would queue every suite for ever: refuse it before anything starts.
if (!Number.isInteger(SUITES_AT_ONCE) || SUITES_AT_ONCE < 1) {
  console.error(`TEST_SUITES_AT_ONCE must be a whole number of at least 1, not “${process.env.TEST_SUITES_AT_ONCE}”`);
  process.exit(2);
}
let suitesRunning = 0;
const queued: (() => void)[] = [];
/** Runs `work` once fewer than SUITES_AT_ONCE suites run, in the order suites became ready. */
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  // A freed place passes straight to the first in the queue, so a suite that arrives meanwhile cannot take it too.
  if (suitesRunning < SUITES_AT_ONCE) suitesRunning += 1;
  else await new Promise<void>((resolve) => queued.push(resolve));
  try {
    return await work();
  } finally {
    const next = queued.shift();
    if (next) next();
    else suitesRunning -= 1;
  }
}

/**
 * TEST_KEEP_GOING=1 runs every suite to its end even after one fails (a suite still waits for those it needs): for
 * measuring, e.g. with three times the pages, where tests written for one plan fail. The exit code still says so.
 */
const KEEP_GOING = process.env.TEST_KEEP_GOING === '1';

/** Each suite's run, started once those it waits for have passed; a suite after a failure never starts. */
const runs = new Map<string, Promise<boolean>>();
for (const suite of SUITES) {
  const before = suite.after.map((name) => runs.get(name)!);
  runs.set(
    suite.name,
    Promise.all(before).then(async (passedBefore) => {
      const stopping = () => (failed > 0 && !KEEP_GOING) || process.exitCode === 130;
      if (passedBefore.includes(false) || stopping()) return false;
      // Asked again once its turn comes: a suite that failed meanwhile must not let a waiting one start.
      const ok = await inTurn(() => (stopping() ? Promise.resolve(false) : run(suite)));
      if (!ok && !KEEP_GOING) stopAll();
      return ok;
    }),
  );
}
await Promise.all(runs.values());

const totalCpu = childCpuSeconds();
console.log(
  `\nnpm test, per suite, in the order they ended (each started once those it waits for had passed):\n${timings.map((line) => `  ${line}`).join('\n')}\n  total    ${seconds(performance.now() - started).padStart(8)} wall${totalCpu === undefined ? '' : `  ${totalCpu.toFixed(0).padStart(4)} CPU-s`}`,
);
// The machine may be shared: the load average says how much else was running.
console.log(
  `load average at the end (1, 5, 15 min): ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')}`,
);
console.log(`suites: ${passed} passed, ${failed} failed`);
process.exitCode = process.exitCode || (failed > 0 || stopped.size > 0 ? 1 : 0);
