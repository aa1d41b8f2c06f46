/**
 * `npm run build`: `astro build` into a fresh folder, swapped in for dist/ (OUT_DIR) only when the build succeeds
 * (tools/lib/swap-build.ts). A build that fails says so and leaves the last good dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildAndSwap } from './lib/swap-build.ts';

const target = resolve(process.env.OUT_DIR ?? 'dist');
const code = buildAndSwap(
  target,
  (outDir) =>
    spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, OUT_DIR: outDir },
    }).status ?? 1,
);
if (code !== 0) console.error(`\nThe build failed (exit ${code}); ${target} is unchanged, the last good build.`);
process.exitCode = code;
