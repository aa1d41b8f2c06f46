/**
 * Bad content stops `astro build` with a message naming the file and the field: files the content layer refuses
 * (a missing field, an empty file, a duplicate id). Each case breaks one thing in a copy of content/
 * (./bad-content.ts). The English files' slips run a real build, the smoke test that a loader's refusal stops the
 * content sync and the build, in Astro's own words for a missing field; the other cases run the same loaders and
 * schemas in-process (checkWith). The content check's cases (a missing English page, figures that differ …) are in
 * bad-content-agreement.test.ts, the cases of single fields in bad-content-loaders.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith } from './bad-content.ts';
import { checkWith } from './bad-content-check.ts';
import { edit } from './edit-file.ts';

describe('astro build with slips in the English files', () => {
  let build: ReturnType<typeof buildWith>;
  beforeAll(() => {
    build = buildWith((plan) => {
      edit(join(plan, 'en/roads/opening-up.yaml'), (text) => text.replace(/^title:.*$/mu, ''));
      writeFileSync(join(plan, 'en/roads/party-building.yaml'), '# emptied by mistake\n');
    });
  }, 120_000);

  it('stops', () => {
    expect(build.status).not.toBe(0);
  });

  it('names a missing field: the file and the field', () => {
    expect(build.output).toMatch(/content\/eight-roads\/en\/roads\/opening-up\.yaml: .*title: Required/u);
  });

  it('names an empty file', () => {
    expect(build.output).toContain('en/roads/party-building.yaml: `file`: the file is empty');
  });
});

describe('the content sync with bad content files', () => {
  it('stops on an empty list of commitments, naming the file', async () => {
    const { status, output } = await checkWith((plan) => writeFileSync(join(plan, 'commitments.yaml'), '# emptied by mistake\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('commitments.yaml: `file`: the file is empty');
  });

  it.each([
    ['commitments.yaml', /^- id: new-5g-base-stations$/mu, 'new-5g-base-stations'],
    // The glossary is shared by all plans: content/glossary.yaml, beside the plan folders.
    ['../glossary.yaml', /^- id: (\S+)$/mu, ''],
  ])('stops on a duplicate id in %s instead of dropping an entry', async (file, entryStart, knownId) => {
    let id = knownId;
    const { status, output } = await checkWith((plan) =>
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
