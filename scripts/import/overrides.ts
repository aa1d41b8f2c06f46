/**
 * seeds/<plan>/overrides.yaml: the places where the layout-break rule is wrong for one text.
 *
 *   join:       # join this line to the next although it ends a sentence
 *     - { line: 12, ends: "。" }
 *   keepApart:  # keep this line a paragraph of its own although it does not end a sentence
 *     - { line: 40, ends: "如下" }
 *
 * `line` is the 1-based line in article.txt; `ends` is how that line ends, checked so that an
 * override never lands on another line after the text changes.
 */
import { z } from 'astro/zod';
import { ImportError } from './import-error.ts';
import type { BreakOverrides } from './repair-breaks.ts';

const entry = () =>
  z
    .object({
      /** 1-based line number in article.txt. */
      line: z.number().int().positive(),
      /** The last characters of that line. */
      ends: z.string().min(1),
    })
    .strict();

export const overridesSchema = () =>
  z
    .object({
      /** Lines to join to the next although they end a sentence. */
      join: z.array(entry()).default([]),
      /** Lines to keep apart from the next although they do not end a sentence. */
      keepApart: z.array(entry()).default([]),
    })
    .strict();

/** Checks each override against the text it applies to and returns the line numbers. */
export function resolveOverrides(data: unknown, text: string): BreakOverrides {
  const parsed = overridesSchema().safeParse(data ?? {});
  if (!parsed.success) {
    throw new ImportError(`${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const lines = text.split(/\r?\n/u);
  const check = (kind: string) => (override: { line: number; ends: string }) => {
    const actual = lines[override.line - 1]?.trim() ?? '';
    if (!actual.endsWith(override.ends)) {
      throw new ImportError(`${kind} expects line ${override.line} to end with “${override.ends}”, but it ends with “${actual.slice(-8)}”`);
    }
    return override.line;
  };
  return { join: new Set(parsed.data.join.map(check('join'))), keepApart: new Set(parsed.data.keepApart.map(check('keepApart'))) };
}
