/** Reads and checks the search's word lists in content/search/; a bad file stops the build, naming file and field. */
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { parseYamlText } from '#src/loaders/yaml-content.ts';
import { utf8Text } from '#src/loaders/utf8-text.ts';
import { fillerSchema, synonymsSchema } from '#src/schemas/search-words.ts';

const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';
export const SYNONYMS_FILE = `${CONTENT_DIR}/search/synonyms.yaml`;
export const FILLER_FILE = `${CONTENT_DIR}/search/filler.yaml`;

/** One word list, read as the content loaders read YAML: a file that is not UTF-8, not YAML or empty is named. */
export async function loadWordList<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  const result = schema.safeParse(parseYamlText(utf8Text(await readFile(file), file), file));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: \`${issue.path.join('.') || '(file)'}\`: ${issue.message}`);
  }
  return result.data;
}

export const loadSynonyms = () => loadWordList(SYNONYMS_FILE, synonymsSchema());
export const loadFiller = () => loadWordList(FILLER_FILE, fillerSchema());
