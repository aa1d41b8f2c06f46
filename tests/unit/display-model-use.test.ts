/**
 * Components, layouts and routes render the display model (src/model/display.ts) and decide nothing about language:
 * no test of which locale they are in, no language tag or punctuation rule of their own. A new reading of the plan
 * is then added in src/i18n/ and the display model, not in every component (issue 13).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['src/components', 'src/layouts', 'src/pages'];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(astro|ts)$/u.test(name))
    .map((name) => join(folder, name)),
);

const RULES: [string, RegExp][] = [
  ['a test of the locale', /\blocale\s*[!=]==|[!=]==\s*locale\b|[!=]==\s*'(zh|en)'/u],
  ['a language tag typed out', /['"]zh-Hans['"]/u],
  ['a punctuation rule of its own', /toFullWidthPunctuation/u],
];

describe('the display model is the only place that decides about language', () => {
  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(40);
  });
  it.each(RULES)('no component, layout or route contains %s', (_rule, pattern) => {
    const offending = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });
});
