/**
 * Invisible and bidirectional characters, and texts past their size limit, are refused, naming the file, the field and
 * the position (src/schemas/plain-text.ts); in the content checks and in status notes, for the build and the status CLI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '#src/checks/check-content.ts';
import { checkGlossary, checkNames, planText } from '#src/checks/glossary-names.ts';
import { TEXT_LIMITS, textProblems } from '#src/schemas/plain-text.ts';
import { statusUpdateSchema } from '#src/schemas/status.ts';
import { referenceContent, replaceIn } from './reference-content.ts';

const plan = 'content/eight-roads';

describe('invisible characters in the content', () => {
  it('refuses U+200B in a Chinese paragraph, naming file, field, paragraph and character', () => {
    const file = `${plan}/zh/roads/party-building.yaml`;
    const problems = checkContent(referenceContent(replaceIn(file, '覆盖达到100%', '覆盖达到\u200b100%')));
    expect(problems).toContainEqual(
      `${file}: \`paragraphs\` ¶5: U+200B ZERO WIDTH SPACE at character 58 (after “网格“红帆驿站”覆盖达到”): invisible and bidirectional control characters are not allowed (spaces, U+00A0 and U+3000 are)`,
    );
  });

  it('refuses U+202E in an English title', () => {
    const file = `${plan}/en/roads/party-building.yaml`;
    const problems = checkContent(referenceContent(replaceIn(file, "title: 'The road", "title: '\u202eThe road")));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${file}: \`title\`: U\\+202E RIGHT-TO-LEFT OVERRIDE at character 1: `, 'u')),
    ]);
  });

  it('accepts the spaces a text needs: U+3000 and U+00A0', () => {
    expect(textProblems('一、\u3000标题', 'heading')).toEqual([]);
    expect(textProblems('RMB\u00a020 million', 'heading')).toEqual([]);
  });

  it('names every bidirectional control', () => {
    for (const char of [
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u061c',
    ])
      expect(textProblems(`a${char}b`, 'heading')).toEqual([
        expect.stringMatching(/^U\+[0-9A-F]{4} [A-Z -]+ at character 2 \(after “a”\)/u),
      ]);
  });
});

describe('size limits', () => {
  it('refuses an English paragraph past the limit, with the figure', () => {
    const file = `${plan}/en/roads/party-building.yaml`;
    const long = 'x'.repeat(TEXT_LIMITS.paragraph + 1);
    const problems = checkContent(referenceContent(replaceIn(file, 'grids to 100%', `grids to 100% ${long}`)));
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${file}: \`paragraphs\` ¶5: is [\\d,]+ characters long; the limit is 20,000$`, 'u')),
    );
  });
});

describe('status notes', () => {
  const fixture = parse(readFileSync('tests/fixtures/status-update.yaml', 'utf8')) as Record<string, unknown>;
  const issues = (change: Record<string, unknown>) => {
    const result = statusUpdateSchema().safeParse({ ...fixture, ...change });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('takes a note made only of U+200B for empty', () => {
    expect(issues({ note: { zh: '开工。', en: '\u200b\u200b' } })).toEqual([
      'note.en: is empty: it holds only spaces or invisible characters',
    ]);
  });

  it('refuses a 130 KB note, with its length and the limit', () => {
    expect(issues({ note: { zh: '字'.repeat(130_000), en: 'Work began.' } })).toEqual([
      'note.zh: is 130,000 characters long; the limit is 5,000',
    ]);
  });

  describe('in the status CLI', () => {
    const work = mkdtempSync(join(tmpdir(), 'status-text-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('refuses a note of U+200B and writes nothing', () => {
      cpSync(`${plan}/commitments.yaml`, join(work, 'eight-roads/commitments.yaml'));
      const args = ['add', 'new-5g-base-stations', '--status', 'in-progress', '--date', '2025-06-30', '--source', 'https://example.org/r'];
      const result = spawnSync(process.execPath, ['scripts/status.ts', ...args, '--note-zh', '开工。', '--note-en', '\u200b'], {
        env: { ...process.env, CONTENT_DIR: work },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('note.en: is empty: it holds only spaces or invisible characters');
      expect(readdirSync(join(work, 'eight-roads'))).toEqual(['commitments.yaml']);
    });
  });
});

describe('invisible characters in the shared glossary and names', () => {
  it('refuses U+200B in a glossary term and U+2066 in an English name, naming the entry and the field', () => {
    const content = referenceContent();
    const texts = [planText(content)];
    const [term] = content.glossary;
    const glossary = [{ ...term, data: { ...term.data, zh: `${term.data.zh}\u200b` } }];
    expect(checkGlossary(glossary, texts)[0]).toMatch(
      new RegExp(
        `^content/glossary\\.yaml \\(${term.id}\\): \`zh\`: U\\+200B ZERO WIDTH SPACE at character ${[...term.data.zh].length + 1} `,
        'u',
      ),
    );
    const [name] = content.names!;
    const names = [{ ...name, data: { ...name.data, en: `\u2066${name.data.en}` } }];
    expect(checkNames(names, texts)).toEqual([
      expect.stringMatching(
        new RegExp(`^content/names\\.yaml \\(${name.id}\\): \`en\`: U\\+2066 LEFT-TO-RIGHT ISOLATE at character 1: `, 'u'),
      ),
    ]);
  });
});
