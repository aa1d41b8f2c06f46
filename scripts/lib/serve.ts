/** Starts scripts/serve-dist.ts on a free port for a benchmark, and stops it afterwards. */
import { spawn } from 'node:child_process';

export async function serveDist(port: number, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(port)], {
    env: { ...process.env, ...env },
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
