/** Translations record the version of the Chinese they translate; a changed paragraph shows as out of date. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outdatedParts, stampTranslation, textHash, versionOf } from '#src/checks/translation-version.ts';

const chinese = { heading: '建设新型智慧城市', paragraphs: ['6日上午,会议召开。', '新建5G基站400个。'] };
const english = `# Unofficial English translation.
title: Build a new-type smart city
summary: >-
  One. Two.
paragraphs:
  - On the morning of the 6th, the meeting was held.
  - Build 400 new 5G base stations.
`;

describe('textHash', () => {
  it('is 8 hex digits, the same for the same text, different for a changed figure', () => {
    expect(textHash('6日上午')).toMatch(/^[0-9a-f]{8}$/u);
    expect(textHash('6日上午')).toBe(textHash('6日上午'));
    expect(textHash('8日上午')).not.toBe(textHash('6日上午'));
  });
});

describe('outdatedParts', () => {
  it('finds nothing out of date right after stamping', () => {
    expect(outdatedParts(chinese, versionOf(chinese))).toEqual({ title: false, paragraphs: [] });
  });

  it('names the paragraph whose Chinese changed, and a changed heading', () => {
    const recorded = versionOf(chinese);
    expect(outdatedParts({ ...chinese, paragraphs: ['8日上午,会议召开。', chinese.paragraphs[1]] }, recorded)).toEqual({
      title: false,
      paragraphs: [1],
    });
    expect(outdatedParts({ ...chinese, heading: '建设智慧城市' }, recorded).title).toBe(true);
  });

  it('treats a paragraph added to the Chinese as out of date', () => {
    expect(outdatedParts({ ...chinese, paragraphs: [...chinese.paragraphs, '新段落。'] }, versionOf(chinese)).paragraphs).toEqual([3]);
  });
});

describe('stampTranslation', () => {
  it('puts the hashes before the title, leaving every other line as it was', () => {
    const stamped = stampTranslation(english, versionOf(chinese));
    const data = parse(stamped) as { translates: unknown; title: string; paragraphs: string[] };
    expect(data.translates).toEqual(versionOf(chinese));
    expect(data.title).toBe('Build a new-type smart city');
    expect(stamped.split('\n').filter((line) => !english.split('\n').includes(line))).toHaveLength(6);
    expect(stamped.indexOf('translates:')).toBeLessThan(stamped.indexOf('title:'));
  });

  it('replaces earlier hashes in place, and is stable when run twice', () => {
    const once = stampTranslation(english, versionOf(chinese));
    const changed = { ...chinese, paragraphs: ['8日上午,会议召开。', chinese.paragraphs[1]] };
    const again = stampTranslation(once, versionOf(changed));
    expect((parse(again) as { translates: unknown }).translates).toEqual(versionOf(changed));
    expect(stampTranslation(again, versionOf(changed))).toBe(again);
    expect(again.split('\n')).toHaveLength(once.split('\n').length);
  });

  it('keeps hashes made only of digits as strings', () => {
    const stamped = stampTranslation(english, { heading: '12345678', paragraphs: ['1e345678'] });
    expect((parse(stamped) as { translates: unknown }).translates).toEqual({ heading: '12345678', paragraphs: ['1e345678'] });
  });
});
