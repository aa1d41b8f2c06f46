/**
 * Every built page passes the W3C Nu HTML Checker (vnu), the validator browsers' makers use, with no error. It reads
 * the whole of dist/ in one Java process (`--skip-non-html`), so the check costs one JVM start, not one per page.
 * Java comes from Debian (openjdk-17-jre-headless, installed by .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from './built-site.ts';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('the W3C Nu HTML Checker', () => {
  it('finds no error on any page of dist/', { timeout: 300_000 }, () => {
    expect(htmlFiles().length).toBeGreaterThan(70);
    const run = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--errors-only', '--format', 'json', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`java could not start (${run.error.message}): install openjdk-17-jre-headless`);
    // vnu writes its report to stderr; it exits 1 when it reports an error.
    const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => `${message.url?.replace(/^file:.*?\/dist\//u, '')}:${message.lastLine}: ${message.message}`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});
