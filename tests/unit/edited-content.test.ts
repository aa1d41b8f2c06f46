/**
 * Two edits a content editor makes, built together in one copy of the content (each test reads only what its edit
 * changes, so one build serves both and saves a build of the whole site):
 * - a status update added as a content file (the fixture) shows on the commitment's own page with its source,
 *   in the overview's counts, in the status feed, as a dated timeline on its initiative page, and in the downloads;
 * - a commitment whose English begins with a spreadsheet formula is published unchanged in the JSON, and as inert
 *   text in the CSV;
 * - markup typed into a status note and an English summary reaches feed readers as text: feedparser, a standard feed
 *   parser, decodes the items' descriptions to the characters typed, not to an element.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';
import { readFeeds } from '#tests/feed-reader.ts';

// The commitment's own words follow the formula, so every other content check (figures, terms) still passes;
// the entry says why its English is not the span of its paragraph.
const FORMULA = '=HYPERLINK("https://evil.example/","Support")';
let HOSTILE = '';
const work = makeWorkDir('edited-content-');
const outDir = join(work, 'dist');
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');

/** Puts the formula in front of one commitment's English (it is on no page the status update touches). */
function addHostileCommitment(file: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(
    /(- id: zero-additional-land-upgrades\n(?: {2}.*\n)*? {2}en: )"(.*)"/u,
    (_match, head: string, english: string) => {
      HOSTILE = `${FORMULA} ${english}`;
      // It is no longer the span of its paragraph, so it says why, as an entry must (commitment-spans.ts).
      return `${head}'${HOSTILE.replaceAll("'", "''")}'\n  enNotSpan: a formula stands in front of the paragraph's words`;
    },
  );
  if (changed === text) throw new Error('fixture: commitment zero-additional-land-upgrades not found');
  writeFileSync(file, changed);
}

/** Markup as an editor might paste it; a feed reader that took it as HTML would run the handler. */
const MARKUP = '<img src=x onerror=alert(name)>';

/** Appends the markup to a YAML field written `key: …` or `key: >-` with indented lines after it. */
function appendMarkup(file: string, key: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(new RegExp(`^(${key}: (?:>-\\n(?: {2}.*\\n)+|.*\\n))`, 'mu'), (field: string) => {
    const value = field.startsWith(`${key}: >-`)
      ? field
          .slice(`${key}: >-\n`.length)
          .replace(/\n {2}/gu, ' ')
          .trim()
      : field.slice(key.length + 2).trim();
    return `${key}: ${JSON.stringify(`${value} ${MARKUP}`)}\n`;
  });
  if (changed === text) throw new Error(`fixture: no ${key} in ${file}`);
  writeFileSync(file, changed);
}

beforeAll(() => {
  copyReferenceContent(join(work, 'content'));
  const status = join(work, 'content/eight-roads/status/new-5g-base-stations-2026-01-15.yaml');
  cpSync('tests/fixtures/status-update.yaml', status);
  // The note's English, under note: { zh, en }, gets the markup as the summary does.
  writeFileSync(
    status,
    readFileSync(status, 'utf8').replace(/^ {2}en: (.*)$/mu, (_line, value: string) => `  en: ${JSON.stringify(`${value} ${MARKUP}`)}`),
  );
  appendMarkup(join(work, 'content/eight-roads/en/initiatives/smart-city.yaml'), 'summary');
  addHostileCommitment(join(work, 'content/eight-roads/commitments.yaml'));
  const result = astroBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') });
  if (result.status !== 0) throw new Error(result.output);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a status update', () => {
  it('shows as a dated timeline on its initiative page, in both languages', () => {
    const zh = built('zh/eight-roads/industry-city-integration/smart-city/index.html');
    expect(zh).toMatch(/<section[^>]*data-status-timeline/u);
    expect(zh).toMatch(/<time datetime="2026-01-15"[^>]*>2026-01-15<\/time>/u);
    expect(zh).toContain('推进中');
    expect(zh).toContain('测试用的虚构来源。');
    expect(zh).toContain('https://example.org/fixture-source');
    const en = built('en/eight-roads/industry-city-integration/smart-city/index.html');
    expect(en).toMatch(/<time datetime="2026-01-15"[^>]*>2026-01-15<\/time>/u);
    expect(en).toContain('In progress');
    expect(en).toContain('A made-up source for a test.');
  });

  it('shows as the current status on the commitment page, with its date, note and source', () => {
    for (const [locale, status, note] of [
      ['zh', '推进中', '测试用的虚构来源。'],
      ['en', 'In progress', 'A made-up source for a test.'],
    ] as const) {
      const html = built(`${locale}/eight-roads/commitments/new-5g-base-stations/index.html`);
      expect(html).toMatch(/data-commitment-status="in-progress"/u);
      expect(html).toMatch(new RegExp(`<h2 id="status-heading"[^>]*>[^<]+</h2>\\s*<p[^>]*><a href="[^"]*#in-progress">${status}</a>`, 'u'));
      expect(html).toMatch(/<li data-status-update id="new-5g-base-stations-2026-01-15-in-progress">\s*<time datetime="2026-01-15"/u);
      expect(html).toContain(note);
      expect(html).toContain('<a href="https://example.org/fixture-source">https://example.org/fixture-source</a>');
    }
    expect(built('en/eight-roads/commitments/full-5g-coverage/index.html')).toMatch(/data-commitment-status="announced"/u);
  });

  it('moves one commitment from “announced” to “in progress” in the overview counts', () => {
    const total = (JSON.parse(built('data/commitments.json')) as { commitments: unknown[] }).commitments.length;
    const html = built('en/commitments/index.html');
    const count = (status: string) => new RegExp(`<tr data-status="${status}">[\\s\\S]*?<td[^>]*>(\\d+)</td>`, 'u').exec(html)?.[1];
    expect(count('in-progress')).toBe('1');
    expect(count('announced')).toBe(String(total - 1));
  });

  it('is an item of the status feed in each language, linking to the commitment page', () => {
    const en = built('en/eight-roads/commitments/updates.xml');
    expect(en.match(/<item>/gu)).toHaveLength(1);
    expect(en).toMatch(
      /<item><title>In progress: Build 400 new 5G base stations<\/title><link>[^<]+\/en\/eight-roads\/commitments\/new-5g-base-stations\/<\/link>/u,
    );
    expect(en).toContain('<pubDate>Thu, 15 Jan 2026 00:00:00 GMT</pubDate>');
    expect(en).toContain('https://example.org/fixture-source');
    expect(built('zh/eight-roads/commitments/updates.xml')).toMatch(
      /<title>推进中：新建5G基站400个<\/title><link>[^<]+\/zh\/eight-roads\/commitments\/new-5g-base-stations\/<\/link>/u,
    );
  });

  it('is not shown on pages whose commitments have no update', () => {
    expect(built('zh/eight-roads/shared-development/warm-home/index.html')).not.toContain('data-status-timeline');
  });

  it('changes the status in the downloads', () => {
    const { commitments } = JSON.parse(built('data/commitments.json')) as { commitments: { id: string; status: string }[] };
    const statuses = new Map(commitments.map((c) => [c.id, c.status]));
    expect(statuses.get('new-5g-base-stations')).toBe('in-progress');
    expect(statuses.get('full-5g-coverage')).toBe('announced');
  });
});

describe('a commitment that begins like a formula', () => {
  it('is unchanged in the JSON', () => {
    const { commitments } = JSON.parse(built('data/commitments.json')) as { commitments: { id: string; en: string }[] };
    expect(commitments.find((c) => c.id === 'zero-additional-land-upgrades')?.en).toBe(HOSTILE);
  });

  it('is text, not a formula, in the CSV', () => {
    const [header, ...rows]: string[][] = parse(built('data/commitments.csv').slice(1));
    const row = rows.find((cells) => cells[header.indexOf('id')] === 'zero-additional-land-upgrades')!;
    expect(row[header.indexOf('en')]).toBe(`'${HOSTILE}`);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
  });
});

describe('markup in a status note and an English summary', () => {
  // Read once the build is done (beforeAll), not while the tests are collected.
  const feed = (path: string) => readFeeds([join(outDir, path)])[0];

  it('decodes to text in the status feed, as a feed reader reads it', () => {
    const [item] = feed('en/eight-roads/commitments/updates.xml').items;
    expect(item.summaryText).toContain(`A made-up source for a test. ${MARKUP}`);
    expect(item.summaryElements).toEqual([]);
  });

  it('decodes to text in the pages feed', () => {
    const item = feed('en/rss.xml').items.find((each) => each.link?.endsWith('/en/eight-roads/industry-city-integration/smart-city/'));
    expect(item?.summaryText).toContain(MARKUP);
    expect(item?.summaryElements).toEqual([]);
  });
});
