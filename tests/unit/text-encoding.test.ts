/**
 * Text that is not UTF-8: the import converts a GB18030 (GBK) plan text and says so, refuses any other encoding naming
 * the line, and never writes mojibake; a content file that is not UTF-8 stops the build, naming the file.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { importPlans } from '#scripts/import/import-plans.ts';
import { yamlFiles, yamlList } from '#src/loaders/yaml-loaders.ts';
import { tempDir } from './import-temp.ts';

/** GBK bytes for `text`: a table of every two-byte GBK character, made with the decoder the import uses. */
function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a character in this position
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else
      bytes.push(
        ...(table.get(char) ??
          (() => {
            throw new Error(`no GBK byte pair for ${char}`);
          })()),
      );
  }
  return new Uint8Array(bytes);
}

const ARTICLE = ['标题', '导语。', '一、第一章', '（一）甲节', '甲。', '二、第二章', '正文。'].join('\n\n');

function project(bytes: Uint8Array) {
  const work = tempDir();
  cpSync('seeds', join(work, 'seeds'), { recursive: true });
  cpSync('content/eight-roads', join(work, 'content/eight-roads'), { recursive: true });
  const textPath = join(work, 'new.txt');
  writeFileSync(textPath, bytes);
  const options = { contentDir: join(work, 'content'), seedsDir: join(work, 'seeds') };
  return { work, textPath, run: () => importPlans({ ...options, text: { path: textPath, plan: 'new-plan' } }) };
}

describe('the import and text that is not UTF-8', () => {
  it('converts a GB18030 (GBK) text, says so, and writes the seed and the content in UTF-8', () => {
    const { work, textPath, run } = project(gbk(ARTICLE));
    const summary = run();
    expect(summary[0]).toBe(
      `new-plan: ${textPath} is GB18030 (GBK) text, not UTF-8: converted to UTF-8, and ${join(work, 'seeds/new-plan/article.txt')} is written in UTF-8`,
    );
    expect(readFileSync(join(work, 'seeds/new-plan/article.txt'), 'utf8')).toBe(ARTICLE);
    const plan = readFileSync(join(work, 'content/new-plan/zh/plan.yaml'), 'utf8');
    expect(plan).toContain('导语。');
    expect(plan).not.toContain('\uFFFD');
    // Importing the same text again (now that the seed exists) is accepted, as for a UTF-8 text.
    expect(run()[0]).toBe(`new-plan: ${textPath} is GB18030 (GBK) text, not UTF-8: converted to UTF-8`);
  });

  it('converts a GBK text with # headings', () => {
    const { work, run } = project(gbk(['# 标题', '导语。', '## 第一章', '正文。', '## 第二章', '正文。'].join('\n\n')));
    run();
    expect(readFileSync(join(work, 'content/new-plan/zh/plan.yaml'), 'utf8')).toContain('title: 标题');
  });

  it('refuses a text that reads as GB18030 but not as Chinese (Latin-1 here), and writes nothing', () => {
    // “Résumés délicats” in Latin-1: every byte pair happens to be valid GB18030, and decodes to Chinese characters but no Chinese punctuation.
    const latin1 = new Uint8Array([...'R\u00e9sum\u00e9s d\u00e9licats\n'].map((char) => char.charCodeAt(0)));
    expect(new TextDecoder('gb18030', { fatal: true }).decode(latin1)).not.toContain('\uFFFD');
    const { work, textPath, run } = project(latin1);
    expect(run).toThrow(`${textPath}: line 1: the text is not UTF-8, and read as GB18030 (GBK) it is not Chinese text: save it as UTF-8`);
    expect(() => readFileSync(join(work, 'seeds/new-plan/article.txt'))).toThrow(/ENOENT/u);
  });

  it('refuses a text that is neither UTF-8 nor GB18030, naming the file and the line, and writes nothing', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('标题\n\n导语。\n\n'), 0xff, 0xff, 0x0a]);
    const { work, textPath, run } = project(bytes);
    expect(run).toThrow(`${textPath}: line 5: the text is neither UTF-8 nor GB18030 (GBK): save it as UTF-8`);
    expect(() => readFileSync(join(work, 'seeds/new-plan/article.txt'))).toThrow(/ENOENT/u);
  });
});

/** Runs a loader as the content sync does, against the project folder `root`; resolves to the entries it stored. */
async function load(loader: Loader, root: string): Promise<unknown[]> {
  const entries: unknown[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    store: { clear: () => entries.splice(0), set: (entry: unknown) => entries.push(entry) },
    logger: console,
  } as unknown as LoaderContext;
  await loader.load(context);
  return entries;
}

describe('content files that are not UTF-8', () => {
  it('stop the build, naming the file and the line: a list (corrections.yaml) saved as GBK', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/corrections.yaml'), gbk('- id: fix\n  what:\n    zh: 更正\n'));
    await expect(load(yamlList('content/corrections.yaml'), root)).rejects.toThrow(
      'content/corrections.yaml: `file`: not UTF-8 text (the first byte that is not UTF-8 is on line 3); it reads as GB18030 (GBK): convert it, e.g. iconv -f GB18030 -t UTF-8; save it as UTF-8',
    );
  });

  it('stop the build, naming the file: a page saved as GBK among good ones', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'content/p/zh/roads'), { recursive: true });
    writeFileSync(join(root, 'content/p/zh/roads/a.yaml'), 'heading: 甲\n');
    writeFileSync(join(root, 'content/p/zh/roads/b.yaml'), gbk('heading: 乙\n'));
    await expect(load(yamlFiles({ base: 'content', pattern: '*/zh/roads/*.yaml' }), root)).rejects.toThrow(
      /^content\/p\/zh\/roads\/b\.yaml: `file`: not UTF-8 text \(the first byte that is not UTF-8 is on line 1\)/u,
    );
  });

  it('read as before when they are UTF-8', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/corrections.yaml'), '\uFEFF- id: fix\n  zh: 更正\n');
    expect(await load(yamlList('content/corrections.yaml'), root)).toEqual([
      { id: 'fix', data: { id: 'fix', zh: '更正' }, filePath: 'content/corrections.yaml' },
    ]);
  });
});
