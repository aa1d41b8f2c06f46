/**
 * The editor CLIs under a file-size limit (a full disk acts alike): a write that fails part-way leaves no partial
 * file, changes nothing, and the refusal says so truthfully. The limit is the shell's `ulimit -f` (in 1 KiB blocks),
 * so the CLIs meet a real EFBIG from the file system.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './import-temp.ts';

/** Runs a CLI with files limited to `kib` KiB. */
function limited(kib: number, cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['-c', `ulimit -f ${kib} && exec "$0" "$@"`, process.execPath, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every file under `dir` with its text: equal snapshots mean nothing was written. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')])
    .sort(([a], [b]) => a.localeCompare(b));

describe('npm run status -- add, when the file cannot be written in full', () => {
  it('leaves no file, and says it wrote nothing', () => {
    const work = tempDir();
    cpSync('content/eight-roads/commitments.yaml', join(work, 'content/eight-roads/commitments.yaml'));
    cpSync('content/eight-roads/structure.yaml', join(work, 'content/eight-roads/structure.yaml'));
    cpSync('content/eight-roads/status', join(work, 'content/eight-roads/status'), { recursive: true });
    const before = snapshot(work);
    // Notes long enough that the file passes 1 KiB.
    const { code, out, err } = limited(1, work, [
      resolve('scripts/status.ts'),
      'add',
      'new-5g-base-stations',
      ...['--status', 'completed', '--date', '2025-06-30', '--source', 'https://example.org/report'],
      ...['--note-zh', '来源说明工程已经完工。'.repeat(40), '--note-en', 'The source says the work is complete. '.repeat(20)],
    ]);
    expect(code).toBe(1);
    expect(out).not.toMatch(/wrote/u);
    expect(err).toMatch(/nothing written.*EFBIG/su);
    expect(snapshot(work)).toEqual(before);
  });
});

describe('npm run import, when a file cannot be written in full', () => {
  it('changes no file: no zh/, no outline, no cut seed', () => {
    const work = tempDir();
    cpSync('seeds', join(work, 'seeds'), { recursive: true });
    cpSync('content/eight-roads', join(work, 'content/eight-roads'), { recursive: true });
    // A small outline whose seed copy (kept byte for byte, trailing blank lines included) passes 2 KiB.
    const text = ['标题', '导语。', '一、第一章', '（一）甲节', '甲。', '二、第二章', '正文。'].join('\n\n') + '\n'.repeat(3000);
    writeFileSync(join(work, 'new.txt'), text);
    const before = snapshot(work);
    const { code, err } = limited(2, work, [resolve('scripts/import-seed.ts'), 'new.txt', '--plan', 'new-plan']);
    expect(code).toBe(1);
    expect(err).toMatch(/^import refused, nothing written: .*EFBIG/u);
    expect(snapshot(work)).toEqual(before);
    expect(existsSync(join(work, 'content/new-plan'))).toBe(false);
    expect(existsSync(join(work, 'seeds/new-plan'))).toBe(false);
  });
});
