/**
 * Writes a synthetic copy of the content, `times` the article's size, into a folder outside the
 * repository: every road and its initiatives repeated with new slugs, in both languages, so the
 * build and the index grow the way a bigger plan would. Never committed; the bench deletes it.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The fields of a content file this copier touches; the rest is carried over as it is. */
interface ContentFile {
  number: number;
  name: string;
  road: string;
}

const read = (file: string) => parse(readFileSync(file, 'utf8')) as ContentFile;
const write = (file: string, data: unknown) => writeFileSync(file, stringify(data, { lineWidth: 0 }));

export function writeSyntheticCorpus(target: string, times: number): void {
  cpSync('content', target, { recursive: true });
  const plan = join(target, 'eight-roads');
  const roadFiles = readdirSync(join(plan, 'zh/roads'));
  const initiativeFiles = readdirSync(join(plan, 'zh/initiatives'));
  for (let copy = 2; copy <= times; copy += 1) {
    const renamed = (slug: string) => `${slug}-copy-${copy}`;
    for (const file of roadFiles) {
      const slug = file.replace('.yaml', '');
      const zh = read(join(plan, 'zh/roads', file));
      write(join(plan, 'zh/roads', `${renamed(slug)}.yaml`), { ...zh, number: zh.number + 8 * (copy - 1) });
      const en = read(join(plan, 'en/roads', file));
      write(join(plan, 'en/roads', `${renamed(slug)}.yaml`), { ...en, name: `${en.name} (copy ${copy})` });
    }
    for (const file of initiativeFiles) {
      const slug = file.replace('.yaml', '');
      const zh = read(join(plan, 'zh/initiatives', file));
      write(join(plan, 'zh/initiatives', `${renamed(slug)}.yaml`), { ...zh, road: renamed(zh.road) });
      write(join(plan, 'en/initiatives', `${renamed(slug)}.yaml`), read(join(plan, 'en/initiatives', file)));
    }
  }
}
