/** Starts tools/serve-dist.ts for a benchmark or a test, and stops it afterwards. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { buildEnv } from './astro-build.ts';

interface ServeOptions {
  /** The built site to serve; dist/ by default. */
  dir?: string;
  /** Extra environment, e.g. BASE_PATH. */
  env?: Record<string, string>;
}

/** Serves `dir` on `port` (0: any free port); `url` is the origin it listens on. */
export async function serveDist(port: number, { dir = 'dist', env = {} }: ServeOptions = {}): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['tools/serve-dist.ts', '--port', String(port), '--dir', dir], {
    env: buildEnv(env),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The server prints “serving <dir> at http://127.0.0.1:<port><base>”; with port 0 that is the port it took.
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /serving .* at (http:\/\/127\.0\.0\.1:\d+)/u.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
  });
  return { url: origin, stop: () => child.kill() };
}

/** A port free on 127.0.0.1 right now: for a build that must know its port before the server starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
