/**
 * structure.yaml and the search's word lists stop the build when broken, naming the file (and the field); a broken
 * status file is reported with its name by the status CLI. In-process: the loaders and readers the build uses;
 * tests/unit/bad-structure-build.test.ts holds that the build really reads structure.yaml.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { yamlFiles } from '#src/loaders/yaml-loaders.ts';
import { formatIssues, structureSchema } from '#src/schemas/structure.ts';
import { fillerSchema, synonymsSchema } from '#src/schemas/search-words.ts';
import { loadWordList } from '#src/search/build/word-lists.ts';
import { tempDir } from './import-temp.ts';

const STRUCTURE = readFileSync('content/eight-roads/structure.yaml', 'utf8');

/** Loads every plan's structure.yaml under `root` as the `structures` collection does, the schema included. */
async function loadStructures(root: string, text: string): Promise<void> {
  mkdirSync(join(root, 'content/eight-roads'), { recursive: true });
  writeFileSync(join(root, 'content/eight-roads/structure.yaml'), text);
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ data }: { data: unknown }) => {
      const result = await structureSchema().safeParseAsync(data);
      if (!result.success) throw new Error(formatIssues(result.error));
      return result.data;
    },
    store: { clear: () => undefined, set: () => true },
    logger: console,
  } as unknown as LoaderContext;
  await yamlFiles({ base: 'content', pattern: '*/structure.yaml' }).load(context);
}

describe('structure.yaml', () => {
  const file = 'content/eight-roads/structure.yaml';

  it('loads as committed', async () => {
    await expect(loadStructures(tempDir(), STRUCTURE)).resolves.toBeUndefined();
  });

  it('stops when broken, naming the file and the line', async () => {
    await expect(loadStructures(tempDir(), STRUCTURE.replace('roads:\n', 'roads:\n  [broken\n'))).rejects.toThrow(
      new RegExp(`^${file}: \`file\`: not valid YAML: .*line \\d+`, 'u'),
    );
  });

  it('stops when empty, naming the file', async () => {
    await expect(loadStructures(tempDir(), '# emptied\n')).rejects.toThrow(`${file}: \`file\`: the file is empty`);
  });

  it('stops on a duplicate slug, naming the file and the field', async () => {
    const text = STRUCTURE.replace('slug: industrial-upgrading', 'slug: effective-investment');
    await expect(loadStructures(tempDir(), text)).rejects.toThrow(
      `${file}: roads.1.slug: duplicate road slug “effective-investment” (also at position 1)`,
    );
  });
});

describe('the search word lists', () => {
  it.each([
    ['synonyms.yaml', synonymsSchema()],
    ['filler.yaml', fillerSchema()],
  ])('stop on broken YAML in %s, naming the file', async (name, schema) => {
    const file = join(tempDir(), name);
    writeFileSync(file, `${readFileSync(`content/search/${name}`, 'utf8')}\n  : [unclosed\n`);
    await expect(loadWordList(file, schema)).rejects.toThrow(new RegExp(`^${file}: \`file\`: not valid YAML: `, 'u'));
  });

  it('read as committed', async () => {
    await expect(loadWordList('content/search/filler.yaml', fillerSchema())).resolves.toHaveProperty('en');
  });
});

describe('a broken status file', () => {
  it('is reported by the status CLI with its name', () => {
    const work = tempDir();
    cpSync('content/eight-roads/commitments.yaml', join(work, 'eight-roads/commitments.yaml'));
    mkdirSync(join(work, 'eight-roads/status'));
    const broken = join(work, 'eight-roads/status/new-5g-base-stations-2025-06-30-in-progress.yaml');
    writeFileSync(broken, 'commitment: new-5g-base-stations\ndate: [2025-06-30\n');
    const result = spawnSync(process.execPath, ['scripts/status.ts', 'list', 'new-5g-base-stations'], {
      env: { ...process.env, CONTENT_DIR: work },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${broken}: \`file\`: not valid YAML: `);
  });
});
