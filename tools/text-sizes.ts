/**
 * `npx node tools/text-sizes.ts`: the longest real text of each kind in content/, beside its limit
 * (src/schemas/plain-text.ts), so the limits can be seen to stay far above what real texts need. Prints figures only.
 */
import { globSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TEXT_LIMITS, type TextKind } from '#src/schemas/plain-text.ts';

const KIND_OF_FIELD: Record<string, TextKind> = {
  title: 'heading',
  heading: 'heading',
  name: 'heading',
  paragraphs: 'paragraph',
  lede: 'paragraph',
  summary: 'note',
  text: 'note',
  zh: 'note',
  en: 'note',
  noteZh: 'note',
  noteEn: 'note',
};

const longest = new Map<TextKind, { length: number; where: string }>();

/** Every string under a known field name, however deep (notes[].text, commitments[].zh). */
function visit(value: unknown, file: string, field: string | undefined): void {
  if (typeof value === 'string') {
    const kind = field === undefined ? undefined : KIND_OF_FIELD[field];
    const length = [...value].length;
    if (kind && length > (longest.get(kind)?.length ?? -1)) longest.set(kind, { length, where: `${file} \`${field}\`` });
  } else if (Array.isArray(value)) for (const item of value) visit(item, file, field);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, file, key);
}

const files = [
  ...globSync('content/*/{zh,en}/**/*.yaml'),
  ...globSync('content/*/commitments.yaml'),
  ...globSync('content/*/status/*.yaml'),
].sort();
for (const file of files) visit(parse(readFileSync(file, 'utf8')) as unknown, file, undefined);

console.log(`longest text of each kind in ${files.length} files (characters), and its limit:`);
for (const kind of Object.keys(TEXT_LIMITS) as TextKind[]) {
  const found = longest.get(kind);
  const limit = TEXT_LIMITS[kind];
  console.log(
    `  ${kind.padEnd(9)} ${String(found?.length ?? 0).padStart(6)} of ${String(limit).padStart(6)} (${found ? `${(limit / found.length).toFixed(0)}×` : '-'})  ${found?.where ?? ''}`,
  );
}
