/**
 * The reference plan's content as the content checks receive it (src/checks/content-to-check.ts), read in-process from
 * content/: each file through the loaders' YAML reading and its collection's schema, as the build reads it. `edit`
 * changes a file's text first, so a test can break one thing without a build.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parseYamlEntry, parseYamlList } from '#src/loaders/yaml-content.ts';
import { initiativeOriginalSchema, planOriginalSchema, roadOriginalSchema } from '#src/schemas/original.ts';
import { translationSchema } from '#src/schemas/translation.ts';
import { commitmentChangeSchema, commitmentSchema } from '#src/schemas/commitment.ts';
import { glossaryEntrySchema } from '#src/schemas/glossary.ts';
import { nameEntrySchema } from '#src/schemas/name.ts';
import type { ContentToCheck, SourceFile } from '#src/checks/content-to-check.ts';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';

/** A file's new text, given its path (content/…) and its text as committed. */
export type Edit = (file: string, text: string) => string;

export function referenceContent(edit: Edit = (_file, text) => text): ContentToCheck {
  const read = (file: string) => edit(file, readFileSync(file, 'utf8'));
  const slugOf = (file: string) => file.replace(/^.*\//u, '').replace(/\.yaml$/u, '');
  const entry = <S extends z.ZodType>(file: string, schema: S): SourceFile<z.infer<S>> => ({
    id: slugOf(file),
    filePath: file,
    data: schema.parse(parseYamlEntry(read(file), file)),
  });
  const list = <S extends z.ZodType>(file: string, schema: S): SourceFile<z.infer<S>>[] =>
    existsSync(file) ? parseYamlList(read(file), file).map(({ id, data }) => ({ id, filePath: file, data: schema.parse(data) })) : [];
  const files = (pattern: string) => globSync(pattern, { cwd: '.' }).sort();

  const plan = `content/${REFERENCE_PLAN}`;
  const translations = new Map(
    files(`${plan}/en/**/*.yaml`).map((file) => [file.replace('/en/', '/zh/'), entry(file, translationSchema())] as const),
  );
  return {
    plan: entry(`${plan}/zh/plan.yaml`, planOriginalSchema()),
    roads: files(`${plan}/zh/roads/*.yaml`).map((file) => entry(file, roadOriginalSchema())),
    initiatives: files(`${plan}/zh/initiatives/*.yaml`).map((file) => entry(file, initiativeOriginalSchema())),
    translations,
    orphanTranslations: [],
    commitments: list(`${plan}/commitments.yaml`, commitmentSchema()),
    // Removed ids only, as the build gives them (added ids and fields are checked apart: commitment-additions.ts).
    commitmentChanges: list(`${plan}/commitments-changelog.yaml`, commitmentChangeSchema()).filter(
      (change): change is SourceFile<(typeof change)['data'] & { replacedBy: string }> => change.data.replacedBy !== undefined,
    ),
    glossary: list('content/glossary.yaml', glossaryEntrySchema()),
    statusUpdates: [],
    names: list('content/names.yaml', nameEntrySchema()),
  };
}

/** An edit that replaces `from` with `to` (every occurrence) in one file, and fails when `from` is not there. */
export function replaceIn(target: string, from: string, to: string): Edit {
  return (file, text) => {
    if (file !== target) return text;
    if (!text.includes(from)) throw new Error(`${target} does not contain “${from}”`);
    return text.split(from).join(to);
  };
}
