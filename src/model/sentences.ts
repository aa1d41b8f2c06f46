/**
 * Paragraphs split into sentences, for quoting the one sentence that names something. Pure; every character of the
 * paragraph is in exactly one sentence, so a quote is always the text's own words.
 */

/** Chinese sentences end at 。；！？ (full or half width, as stored); the mark stays with its sentence. */
export function chineseSentences(paragraph: string): string[] {
  return (paragraph.match(/[^。；;！？!?]+[。；;！？!?]*/gu) ?? [paragraph]).map((sentence) => sentence.trim()).filter(Boolean);
}

/** English sentences end at . ; ! or ? followed by a space; the mark stays with its sentence. */
export function englishSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.;!?])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The first sentence of a text in either script: up to the first 。！？ or a . ! ? followed by a space. */
export function firstSentence(text: string): string {
  const end = /[。！？]|[.!?](?=\s)/u.exec(text);
  return end ? text.slice(0, end.index + end[0].length) : text;
}
