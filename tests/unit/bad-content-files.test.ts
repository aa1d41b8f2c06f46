/**
 * Bad content stops `astro build` with a message naming the file and the field: files the content layer refuses
 * (a missing translation, a missing field, an empty file, a duplicate id). Each case breaks one thing in a copy of
 * content/ (./bad-content.ts); the cases are split over three files so that their builds run side by side.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, edit } from './bad-content.ts';

describe('astro build with bad content files', () => {
  it('stops on a missing English page, naming the file it expected', () => {
    const { status, output } = buildWith((plan) => rmSync(join(plan, 'en/initiatives/smart-city.yaml')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/en\/initiatives\/smart-city\.yaml: `file`: missing English translation/u);
  });

  it('stops on a missing field, naming the file and the field', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'en/roads/opening-up.yaml'), (text) => text.replace(/^title:.*$/mu, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/eight-roads\/en\/roads\/opening-up\.yaml/u);
    expect(output).toMatch(/title: Required/u);
  });

  it.each([
    ['an English page', 'en/roads/opening-up.yaml'],
    ['a list of commitments', 'commitments.yaml'],
  ])('stops on an empty YAML file (%s), naming the file', (_case, file) => {
    const { status, output } = buildWith((plan) => writeFileSync(join(plan, file), '# emptied by mistake\n'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: \`file\`: the file is empty`);
  });

  it.each([
    ['commitments.yaml', /^- id: new-5g-base-stations$/mu, 'new-5g-base-stations'],
    // The glossary is shared by all plans: content/glossary.yaml, beside the plan folders.
    ['../glossary.yaml', /^- id: (\S+)$/mu, ''],
  ])('stops on a duplicate id in %s instead of dropping an entry', (file, entryStart, knownId) => {
    let id = knownId;
    const { status, output } = buildWith((plan) =>
      edit(join(plan, file), (text) => {
        // Append a copy of the first matching entry: same id, same content.
        const start = text.search(entryStart);
        const next = text.indexOf('\n- ', start + 1);
        const entry = text.slice(start, next === -1 ? undefined : next + 1);
        id ||= /^- id: (\S+)/u.exec(entry)![1];
        return `${text.trimEnd()}\n${entry.trimEnd()}\n`;
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`/${file.replace('../', '').replace('.', '\\.')}: \`id\`: duplicate id “${id}”`, 'u'));
  });
});
