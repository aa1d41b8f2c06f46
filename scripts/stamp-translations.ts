/**
 * `npm run translations:stamp -- <en file> …` (or `-- --all`): records in each English file which
 * version of its Chinese it translates, as hashes in its `translates` field. Run it after updating a
 * translation; until then, a change to the Chinese stops the build with “translation out of date”.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { stampTranslation, versionOf } from '#src/checks/translation-version.ts';

const { values, positionals } = parseArgs({ options: { all: { type: 'boolean', default: false } }, allowPositionals: true });
const contentDir = process.env.CONTENT_DIR ?? 'content';
const files = values.all ? globSync(`${contentDir}/*/en/**/*.yaml`).sort() : positionals;
if (files.length === 0) {
  console.error('usage: npm run translations:stamp -- content/<plan>/en/<file>.yaml … (or -- --all)');
  process.exit(1);
}

for (const file of files) {
  if (!/\/en\/.+\.ya?ml$/u.test(file)) throw new Error(`${file}: not an English content file (content/<plan>/en/…)`);
  const chinese = parse(readFileSync(file.replace(/\/en\//u, '/zh/'), 'utf8')) as {
    title?: string;
    heading?: string;
    lede?: string[];
    paragraphs?: string[];
  };
  const version = versionOf({ heading: chinese.heading ?? chinese.title ?? '', paragraphs: chinese.paragraphs ?? chinese.lede ?? [] });
  const text = readFileSync(file, 'utf8');
  const stamped = stampTranslation(text, version);
  if (stamped !== text) writeFileSync(file, stamped);
  console.log(`${stamped === text ? 'unchanged' : 'stamped  '} ${file}`);
}
