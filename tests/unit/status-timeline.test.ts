/** A status update added as a content file renders as a dated timeline on its initiative page, and moves the status in the table and the downloads. */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir } from '../../scripts/lib/work-dir.ts';

const work = makeWorkDir('status-update-');
const outDir = join(work, 'dist');
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');

beforeAll(() => {
  cpSync('content', join(work, 'content'), { recursive: true });
  cpSync('tests/fixtures/status-update.yaml', join(work, 'content/eight-roads/status/new-5g-base-stations-2030-01-15.yaml'));
  const result = astroBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') });
  if (result.status !== 0) throw new Error(result.output);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a status update', () => {
  it('shows as a dated timeline on its initiative page, in both languages', () => {
    const zh = built('zh/eight-roads/industry-city-integration/smart-city/index.html');
    expect(zh).toMatch(/<section[^>]*data-status-timeline/u);
    expect(zh).toMatch(/<time datetime="2030-01-15"[^>]*>2030-01-15<\/time>/u);
    expect(zh).toContain('推进中');
    expect(zh).toContain('测试用的虚构来源。');
    expect(zh).toContain('https://example.org/fixture-source');
    const en = built('en/eight-roads/industry-city-integration/smart-city/index.html');
    expect(en).toMatch(/<time datetime="2030-01-15"[^>]*>2030-01-15<\/time>/u);
    expect(en).toContain('In progress');
    expect(en).toContain('A made-up source for a test.');
  });

  it('is not shown on pages whose commitments have no update', () => {
    expect(built('zh/eight-roads/shared-development/warm-home/index.html')).not.toContain('data-status-timeline');
  });

  it('changes the status in the downloads', () => {
    const { commitments } = JSON.parse(built('data/commitments.json'));
    const statuses = new Map(commitments.map((c: { id: string; status: string }) => [c.id, c.status]));
    expect(statuses.get('new-5g-base-stations')).toBe('in-progress');
    expect(statuses.get('full-5g-coverage')).toBe('announced');
  });
});
