/** Reads and checks the search's word lists in content/search/; a bad file stops the build, naming file and field. */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { fillerSchema, synonymsSchema } from '#src/schemas/search-words.ts';

const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';
export const SYNONYMS_FILE = `${CONTENT_DIR}/search/synonyms.yaml`;
export const FILLER_FILE = `${CONTENT_DIR}/search/filler.yaml`;

async function load<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  const result = schema.safeParse(parse(await readFile(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: \`${issue.path.join('.') || '(file)'}\`: ${issue.message}`);
  }
  return result.data;
}

export const loadSynonyms = () => load(SYNONYMS_FILE, synonymsSchema());
export const loadFiller = () => load(FILLER_FILE, fillerSchema());
