/**
 * Reading YAML content files strictly: an empty file, a file that is not the expected shape, or two
 * entries with the same id stop the build with the file named (Astro's own loaders crash without
 * naming the file, or warn and drop the duplicate). Pure: text in, data or an Error out.
 * YAML 1.2 core schema: 2026-03-31 stays the string it was written as, never a Date.
 */
import { parse } from 'yaml';

const problem = (file: string, field: string, message: string) => new Error(`${file}: \`${field}\`: ${message}`);

/** A file's YAML, whatever its shape; broken YAML or an empty file throws, naming the file. */
export function parseYamlText(text: string, file: string): unknown {
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw problem(file, 'file', `not valid YAML: ${(error as Error).message}`);
  }
  // An empty file, or one holding only comments, parses as null.
  if (data === null || data === undefined) throw problem(file, 'file', 'the file is empty');
  return data;
}

/** A file holding one entry: a mapping of fields. */
export function parseYamlEntry(text: string, file: string): Record<string, unknown> {
  const data = parseYamlText(text, file);
  if (typeof data !== 'object' || Array.isArray(data))
    throw problem(file, 'file', 'expected a mapping of fields, found a list or a single value');
  return data as Record<string, unknown>;
}

/**
 * A file holding a list of entries, each with an id (given or derived by `idOf`).
 * Every id must be unique in the file.
 */
export function parseYamlList(
  text: string,
  file: string,
  idOf: (entry: Record<string, unknown>, index: number) => unknown = (entry) => entry.id,
): { id: string; data: Record<string, unknown> }[] {
  const data = parseYamlText(text, file);
  if (!Array.isArray(data)) throw problem(file, 'file', 'expected a list of entries');
  const seen = new Map<string, number>();
  return data.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw problem(file, `[${index}]`, 'an entry is a mapping of fields');
    const record = entry as Record<string, unknown>;
    const id = idOf(record, index);
    if (typeof id !== 'string' || id === '') throw problem(file, `[${index}].id`, 'missing id');
    const earlier = seen.get(id);
    if (earlier !== undefined) throw problem(file, 'id', `duplicate id “${id}” (entries ${earlier + 1} and ${index + 1})`);
    seen.set(id, index);
    return { id, data: { ...record, id } };
  });
}
