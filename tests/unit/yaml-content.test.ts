/** Strict YAML reading: empty files, wrong shapes and duplicate ids are refused, naming the file. */
import { describe, expect, it } from 'vitest';
import { parseYamlEntry, parseYamlList } from '#src/loaders/yaml-content.ts';

describe('parseYamlEntry', () => {
  it('reads a mapping and keeps dates as the text written', () => {
    expect(parseYamlEntry('date: 2026-03-31\ncount: 3\n', 'a.yaml')).toEqual({ date: '2026-03-31', count: 3 });
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n\n  \n'],
    ['a file holding only comments', '# nothing yet\n'],
  ])('refuses %s, naming the file', (_case, text) => {
    expect(() => parseYamlEntry(text, 'content/p/en/x.yaml')).toThrow('content/p/en/x.yaml: `file`: the file is empty');
  });

  it('refuses a list where a mapping is expected', () => {
    expect(() => parseYamlEntry('- a\n- b\n', 'x.yaml')).toThrow('x.yaml: `file`: expected a mapping');
  });

  it('refuses broken YAML and a key given twice', () => {
    expect(() => parseYamlEntry('title: [unclosed\n', 'x.yaml')).toThrow(/^x\.yaml: `file`: not valid YAML/u);
    expect(() => parseYamlEntry('title: a\ntitle: b\n', 'x.yaml')).toThrow(/^x\.yaml: `file`: not valid YAML/u);
  });
});

describe('parseYamlList', () => {
  it('gives each entry its id', () => {
    expect(parseYamlList('- id: a\n  n: 1\n- id: b\n', 'l.yaml')).toEqual([
      { id: 'a', data: { id: 'a', n: 1 } },
      { id: 'b', data: { id: 'b' } },
    ]);
  });

  it('derives ids where the entries have none', () => {
    expect(parseYamlList('- zh: 一\n- zh: 二\n', 'l.yaml', (_entry, index) => String(index + 1)).map((entry) => entry.id)).toEqual([
      '1',
      '2',
    ]);
  });

  it('refuses a duplicate id, naming the file and the id', () => {
    expect(() => parseYamlList('- id: a\n- id: b\n- id: a\n', 'content/p/commitments.yaml')).toThrow(
      'content/p/commitments.yaml: `id`: duplicate id “a” (entries 1 and 3)',
    );
  });

  it('refuses an entry without an id, an empty file and a file that is not a list', () => {
    expect(() => parseYamlList('- id: a\n- zh: 二\n', 'l.yaml')).toThrow('l.yaml: `[1].id`: missing id');
    expect(() => parseYamlList('', 'l.yaml')).toThrow('l.yaml: `file`: the file is empty');
    expect(() => parseYamlList('id: a\n', 'l.yaml')).toThrow('l.yaml: `file`: expected a list of entries');
  });
});
