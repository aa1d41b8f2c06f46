/** Runs `astro build` in a child process with a clean environment: used by tests and benchmarks. */
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { resolve } from 'node:path';

// Vitest exposes Vite's import.meta.env as process.env (BASE_URL=/, MODE=test …); a child build
// would take BASE_URL as its base path and ignore BASE_PATH. Keep them out of the child.
const VITEST_VARIABLES = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
  'NODE_ENV',
];

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of VITEST_VARIABLES) delete env[name];
  return env;
}

export function astroBuild(extra: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    env: buildEnv(extra),
    encoding: 'utf8',
  });
  // Astro colours its messages; strip the escape codes before matching.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}
