/** Starts scripts/serve-dist.ts for a benchmark or a test, and stops it afterwards. */
import { spawn } from 'node:child_process';
import { buildEnv } from './astro-build.ts';

interface ServeOptions {
  /** The built site to serve; dist/ by default. */
  dir?: string;
  /** Extra environment, e.g. BASE_PATH. */
  env?: Record<string, string>;
}

export async function serveDist(port: number, { dir = 'dist', env = {} }: ServeOptions = {}): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(port), '--dir', dir], {
    env: buildEnv(env),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
