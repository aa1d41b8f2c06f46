/**
 * `astro build` that fails on any warning in its log: on the real content a warning is a problem to fix,
 * not noise to scroll past. The log is shown as it comes.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  }
});
