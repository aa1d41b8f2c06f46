/** Runs `astro build` in a child process with a clean environment: used by tests and benchmarks. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

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

/**
 * What the copy leaves out: the packages (linked instead), git, and what builds and tests write. Everything else is
 * copied, not only what the build reads: Tailwind scans the project's files for class names, so a copy of src/ alone
 * would build different CSS.
 */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', 'test-results', 'playwright-report', 'bench-results', 'screenshots']);

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of VITEST_VARIABLES) delete env[name];
  return env;
}

/**
 * A copy of the project (node_modules linked, not copied) for one build. Every astro process rewrites its root's
 * .astro/ (content-modules.mjs names the content it built from), so builds that share a root cannot run at once,
 * nor beside `astro check` or the type-aware lint of the checkout; each in a root of its own can. The copy is in
 * TMPDIR, outside the checkout, where the lint and the type check never look; the linked node_modules is where
 * Node finds the packages for the build's prerender chunks, wherever TMPDIR is.
 */
export function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'eight-roads-build-'));
  // .dist-next-…/.dist-old-…: a build of the checkout being written or swapped in (tools/lib/swap-build.ts).
  for (const name of readdirSync('.'))
    if (!NOT_COPIED.has(name) && !name.startsWith('.dist-')) cpSync(resolve(name), join(root, name), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** `astro build` of this project in a copy of its own (see projectCopy), with `extra` in its environment. */
export function astroBuild(extra: Record<string, string>): { status: number | null; output: string } {
  const root = projectCopy();
  try {
    const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      // The content cache in the copy too, unless the caller keeps it elsewhere (node_modules is shared).
      env: buildEnv({ CACHE_DIR: join(root, 'cache'), ...extra }),
      encoding: 'utf8',
    });
    // Astro colours its messages; strip the escape codes before matching.
    return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
