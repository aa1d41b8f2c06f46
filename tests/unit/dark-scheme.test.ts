/** The dark scheme changes colours only: the browser sweep relies on it to run only axe's colour rules in dark. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

/** The bodies of every `@media (prefers-color-scheme: dark)` block, nested braces included. */
function darkBlocks(source: string): string[] {
  const blocks: string[] = [];
  for (const match of source.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{/gu)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < source.length) {
      if (source[end] === '{') depth += 1;
      if (source[end] === '}') depth -= 1;
      end += 1;
    }
    blocks.push(source.slice(match.index + match[0].length, end - 1));
  }
  return blocks;
}

describe('the dark colour scheme', () => {
  it('exists and only redefines --color-* tokens', () => {
    const blocks = darkBlocks(css);
    expect(blocks.length).toBeGreaterThan(0);
    const declarations = blocks.flatMap((block) => [...block.matchAll(/([-\w]+)\s*:[^;{}]+;/gu)].map((match) => match[1]));
    expect(declarations.length).toBeGreaterThan(5);
    expect(declarations.filter((property) => !property.startsWith('--color-'))).toEqual([]);
  });
});
