/** `npm run import` is repeatable and never touches English content. */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './import-temp.ts';

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path, 'utf8')];
      }),
  );

describe('npm run import', () => {
  it('writes the same files as are committed, and leaves English files alone', () => {
    const work = tempDir();
    cpSync('seeds', join(work, 'seeds'), { recursive: true });
    cpSync('content', join(work, 'content'), { recursive: true });
    const englishFile = join(work, 'content/eight-roads/en/roads/opening-up.yaml');
    writeFileSync(englishFile, 'an editor’s unsaved change\n');

    execFileSync(process.execPath, [resolve('scripts/import-seed.ts')], { cwd: work, stdio: 'pipe' });

    expect(snapshot(join(work, 'content/eight-roads/zh'))).toEqual(snapshot(resolve('content/eight-roads/zh')));
    expect(readFileSync(englishFile, 'utf8')).toBe('an editor’s unsaved change\n');
    // The swap leaves no temporary folder behind.
    expect(readdirSync(join(work, 'content/eight-roads')).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
