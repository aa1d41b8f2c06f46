/**
 * A commitment that continues one of an earlier plan: both commitment pages show the chain, each linking to the other.
 * The later plan is a copy of eight-roads with order 2 and one `continues` line.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir, removeWorkDir } from '../../scripts/lib/work-dir.ts';

const work = makeWorkDir('commitment-chain-');
const outDir = join(work, 'dist');
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');
const append = (file: string, find: string, add: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(find, `${find}\n${add}`));

beforeAll(() => {
  const later = join(work, 'content/later-plan');
  cpSync('content', join(work, 'content'), { recursive: true });
  cpSync('content/eight-roads', later, { recursive: true });
  const planFile = join(later, 'zh/plan.yaml');
  const planText = readFileSync(planFile, 'utf8');
  if (!/^order: 1$/mu.test(planText)) throw new Error('fixture: eight-roads/zh/plan.yaml no longer says order: 1');
  writeFileSync(planFile, planText.replace(/^order: 1$/mu, 'order: 2'));
  append(join(later, 'commitments.yaml'), '- id: new-5g-base-stations', '  continues: eight-roads/new-5g-base-stations');
  const result = astroBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') });
  if (result.status !== 0) throw new Error(result.output);
}, 300_000);

afterAll(() => removeWorkDir(work));

describe('a commitment continued in a later plan', () => {
  it('shows the chain on both pages, earliest plan first, linking each to the other', () => {
    for (const locale of ['zh', 'en']) {
      const earlier = built(`${locale}/eight-roads/commitments/new-5g-base-stations/index.html`);
      const later = built(`${locale}/later-plan/commitments/new-5g-base-stations/index.html`);
      for (const html of [earlier, later]) {
        const chain = /<section[^>]*data-commitment-chain[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '';
        expect([...chain.matchAll(/data-chain-link="([^"]+)"/gu)].map((match) => match[1])).toEqual([
          'eight-roads/new-5g-base-stations',
          'later-plan/new-5g-base-stations',
        ]);
      }
      expect(earlier).toContain(`href="/${locale}/later-plan/commitments/new-5g-base-stations/"`);
      expect(later).toContain(`href="/${locale}/eight-roads/commitments/new-5g-base-stations/"`);
    }
  });

  it('leaves commitments without continues without a chain', () => {
    expect(built('en/eight-roads/commitments/full-5g-coverage/index.html')).not.toContain('data-commitment-chain');
  });
});
