/**
 * `astro build` that fails on any warning in its log: on the real content a warning is a problem to fix,
 * not noise to scroll past. The log is shown as it comes.
 * It builds in a copy of the project (tools/lib/astro-build.ts), into a fresh folder that replaces this checkout's
 * dist/ (OUT_DIR overrides it) only when the build succeeds with no warning (tools/lib/swap-build.ts): an astro
 * process rewrites its root's .astro/, which `astro check` writes and the type-aware lint reads, so in the checkout
 * it could run beside neither. In a copy, `npm test` runs it from the start, beside them.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { projectCopy } from './lib/astro-build.ts';
import { freshBeside, swapIn } from './lib/swap-build.ts';

const target = resolve(process.env.OUT_DIR ?? 'dist');
const fresh = freshBeside(target);
const root = projectCopy();
const removeScratch = () => {
  rmSync(root, { recursive: true, force: true });
  rmSync(fresh, { recursive: true, force: true });
};
const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  // A content cache of its own: `astro check` writes node_modules/.astro/ meanwhile.
  env: {
    ...process.env,
    OUT_DIR: fresh,
    CACHE_DIR: resolve(process.env.CACHE_DIR ?? 'node_modules/.astro-build-strict'),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
// Stopped (Ctrl-C, or npm test ending its suites after a failure): the build gets the signal too; remove the copy.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removeScratch();
    process.exit(130);
  });
}
const warnings: string[] = [];
const relay = (chunk: Buffer, to: NodeJS.WriteStream) => {
  to.write(chunk);
  for (const line of stripVTControlCharacters(chunk.toString()).split('\n')) if (/\[WARN\]/u.test(line)) warnings.push(line.trim());
};
child.stdout.on('data', (chunk: Buffer) => relay(chunk, process.stdout));
child.stderr.on('data', (chunk: Buffer) => relay(chunk, process.stderr));
child.on('close', (code) => {
  if (code !== 0) process.exitCode = code ?? 1;
  else if (warnings.length > 0) {
    console.error(`\nThe build logged ${warnings.length} warning(s); fix them:\n${warnings.map((line) => `  ${line}`).join('\n')}`);
    process.exitCode = 1;
  } else swapIn(fresh, target);
  if (process.exitCode) console.error(`${target} is unchanged, the last good build.`);
  removeScratch();
});
