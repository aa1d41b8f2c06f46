/**
 * A later status on the same day wins: two updates of one commitment dated the same day are ordered by their moment of
 * entry (`recorded`, written by the status CLI), not by file name. In-process: the loaders and the content check the
 * build runs read a copy of content/ with both files (./run-loader.ts); the downloads and the feed are made from it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyReferenceContent } from '#tests/reference-plan.ts';
import { statusFeedEntries } from '#src/model/status-feed.ts';
import type { Plan } from '#src/model/plan-build.ts';
import { planContent, scratchProject } from './run-loader.ts';

const FIXTURE = readFileSync('tests/fixtures/status-update.yaml', 'utf8');
const root = scratchProject({});
let plan: Plan;

beforeAll(async () => {
  copyReferenceContent(join(root, 'content'));
  const status = join(root, 'content/eight-roads/status');
  // File names sort “completed” before “in-progress”: the order of entry must decide, not the name.
  writeFileSync(join(status, 'new-5g-base-stations-2026-01-15-in-progress.yaml'), `${FIXTURE}recorded: 2026-01-15T08:00:00.000Z\n`);
  writeFileSync(
    join(status, 'new-5g-base-stations-2026-01-15-completed.yaml'),
    `${FIXTURE.replace(/^status: .*$/mu, 'status: completed')}recorded: 2026-01-15T09:30:00.000Z\n`,
  );
  [plan] = await planContent(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('two updates of one commitment on one day', () => {
  const commitment = () => plan.commitments.find((c) => c.id === 'new-5g-base-stations')!;

  it('make the later entry the current status, with the updates in the order of entry', () => {
    expect(commitment().status).toBe('completed');
    expect(commitment().updates.map((update) => update.status)).toEqual(['in-progress', 'completed']);
  });

  it('put the later entry first in the newest-first feed', () => {
    expect(statusFeedEntries(plan.commitments).map((entry) => entry.update.status)).toEqual(['completed', 'in-progress']);
  });
});
