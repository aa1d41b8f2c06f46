import { describe, expect, it } from 'vitest';
import en from '#src/i18n/ui/en.json';
import zh from '#src/i18n/ui/zh.json';
import { useTranslations } from '#src/i18n/translate.ts';

describe('UI strings', () => {
  it('has exactly the same keys in zh and en', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('has no empty string', () => {
    for (const dictionary of [zh, en]) {
      expect(Object.entries(dictionary).filter(([, value]) => value.trim() === '')).toEqual([]);
    }
  });
  it('translates and interpolates in each language', () => {
    expect(useTranslations('zh')('road.label', { number: 3 })).toBe('第3条路');
    expect(useTranslations('en')('road.initiativeCount', { count: 1 })).toBe('1 initiative');
    expect(useTranslations('en')('road.initiativeCount', { count: 4 })).toBe('4 initiatives');
  });
  it('refuses a key that no dictionary has', () => {
    // @ts-expect-error: the key does not exist, which the types also reject.
    expect(() => useTranslations('en')('no.such.key')).toThrow(/missing UI string “no.such.key”/u);
  });
});
