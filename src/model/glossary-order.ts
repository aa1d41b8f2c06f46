/** Orders glossary entries for each language: by pinyin in Chinese, alphabetically by literal rendering in English. */
interface Orderable {
  pinyin: string;
  literal: string;
}

/** “gāo xīn qū” → “gao xin qu”: tone marks do not change the alphabetical order. */
export const toneless = (pinyin: string) =>
  pinyin
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();

export function orderGlossary<T extends Orderable>(entries: readonly T[], locale: 'zh' | 'en'): T[] {
  const key = (entry: T) => (locale === 'zh' ? toneless(entry.pinyin) : entry.literal.toLowerCase().replace(/^["“‘']/u, ''));
  return [...entries].sort((a, b) => key(a).localeCompare(key(b), 'en'));
}
