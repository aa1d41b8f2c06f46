/**
 * A text split around the first occurrence of a phrase, so a page can mark the phrase in its
 * paragraph. Pure; the three parts always join back to the text.
 */
export function splitAround(text: string, phrase: string): { before: string; match: string; after: string } {
  const at = phrase === '' ? -1 : text.indexOf(phrase);
  if (at < 0) return { before: text, match: '', after: '' };
  return { before: text.slice(0, at), match: phrase, after: text.slice(at + phrase.length) };
}
