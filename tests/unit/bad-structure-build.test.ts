/**
 * A plan's structure.yaml is read by the next import, not by the pages; the build still checks it, so that a broken
 * outline stops the build that follows the edit, not the next import. One real build: the collection is wired in
 * src/content.config.ts; the other broken outlines are checked in-process (structure-file.test.ts).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildWith } from './bad-content.ts';
import { edit } from './edit-file.ts';

it('stops astro build on a duplicate slug in structure.yaml, naming the file and the field', () => {
  const { status, output } = buildWith((plan) =>
    edit(join(plan, 'structure.yaml'), (text) => text.replace('slug: waterway-connection', 'slug: technology-upgrade-projects')),
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /content\/eight-roads\/structure\.yaml: .*roads\.0\.initiatives\.1\.slug.*duplicate initiative slug “technology-upgrade-projects”/u,
  );
});
